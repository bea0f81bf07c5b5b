import { isIP } from 'node:net';

/** More proxies than this in front of one API is a mistake in BATON_TRUST_PROXY, not a deployment. */
export const MAX_TRUSTED_PROXIES = 10;

/** A header longer than this was not written by a handful of proxies; only its right end can matter. */
const MAX_FORWARDED_CHARS = 4096;

/**
 * The address a request came from, for per-client limits. The socket's peer, unless
 * `trustedProxies` (BATON_TRUST_PROXY) says that many proxies stand in front of the API: each
 * of them appends the address it was called from to `X-Forwarded-For`, so the client is the
 * entry that many hops from the right. Entries further left were sent by the client itself and
 * are never used, so a client cannot choose its address beyond what the proxies appended.
 */
export function clientAddress(request: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined }, trustedProxies: number): string {
  const peer = normalizeAddress(request.socketAddress) ?? 'unknown';
  if (trustedProxies <= 0 || request.forwardedFor === undefined) return peer;
  const header = Array.isArray(request.forwardedFor) ? request.forwardedFor.join(',') : request.forwardedFor;
  const hops = header
    .slice(-MAX_FORWARDED_CHARS)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (hops.length === 0) return peer;
  // Fewer entries than proxies: the request skipped some of them; the leftmost entry is still one a proxy wrote.
  const index = Math.max(0, hops.length - Math.min(trustedProxies, MAX_TRUSTED_PROXIES));
  // A trusted proxy that wrote something other than an address leaves the peer as the best we know.
  return normalizeAddress(hops[index]) ?? peer;
}

/**
 * The key a per-address limit counts under: an IPv4 address as it is, an IPv6 address by its
 * /64 network, since one customer line is given a whole /64 and could otherwise step around
 * any limit by changing the low bits.
 */
export function addressLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** An IP address in one spelling (IPv4-mapped IPv6 as IPv4, IPv6 lower case, ports and brackets dropped), or undefined. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let candidate = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(':'));
  const zone = candidate.indexOf('%');
  if (zone >= 0) candidate = candidate.slice(0, zone);
  const version = isIP(candidate);
  if (version === 4) return candidate;
  if (version !== 6) return undefined;
  candidate = candidate.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(candidate);
  return mapped ? mapped[1]! : candidate;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase();
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => Number.parseInt(group || '0', 16).toString(16));
}
