/**
 * The path and query of a request line's target, read without ever throwing: raw request lines
 * come from anyone on the internet, and `new URL(request.url, base)` throws on targets such as `//`
 * or `http://[`. Dot segments (`..`, `%2e%2e`) are resolved the way browsers resolve them, so a
 * path can never climb above `/`.
 */
export type RequestTarget = { path: string; search: string };

const LOCAL_ORIGIN = 'http://localhost';

/** null when the target is neither origin-form (`/path?query`) nor a parsable absolute-form URL. */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw) return null;
  try {
    // Origin-form is always a path on this server, even when it starts with `//` (which the URL
    // parser would otherwise read as another host), so it is appended to a fixed origin.
    const url = raw.startsWith('/') ? new URL(LOCAL_ORIGIN + raw) : /^https?:\/\//i.test(raw) ? new URL(raw) : null;
    if (!url) return null;
    return { path: url.pathname, search: url.search };
  } catch {
    return null;
  }
}

/** The URL Baton's handlers see: always this server's own origin, whatever host the client named. */
export const localUrlOf = (target: RequestTarget): string => `${LOCAL_ORIGIN}${target.path}${target.search}`;
