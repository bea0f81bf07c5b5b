/**
 * A URL up to the end of its token (whitespace, a quote or an angle bracket). The scheme is any
 * scheme, so one we did not think of (postgres://, amqp://) is covered too. Its length is bounded
 * and no word boundary is required, so scanning stays linear and even a scheme glued to other text
 * (`xURL=mongodb://...`) is found.
 */
const URL_TOKEN = /[a-z][a-z0-9+.-]{0,31}:\/\/[^\s'"`<>]*/gi;

/**
 * Replaces the user name and password of every URL in `text` with `***`
 * (`mongodb://user:pass@host` -> `mongodb://***@host`), leaving scheme, host and path readable.
 * The credentials run to the token's last `@`: a password with an unencoded `@` or `/` must not
 * leave its tail behind. Over-redacting a query string that happens to hold an `@` only hides a
 * host; under-redacting leaks a secret.
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_TOKEN, (url) => {
    const start = url.indexOf('://') + 3;
    const lastAt = url.lastIndexOf('@');
    return lastAt < start ? url : `${url.slice(0, start)}***${url.slice(lastAt)}`;
  });
}

/**
 * Characters RFC 3986 allows unencoded in a user name or password. Anything else (`@ / ? # [ ]`, a
 * second `:`, spaces) makes drivers split the URL in the wrong place: `mongodb://u:p@ss/word@host`
 * connects to the host "ss" and prints it in its error, which is part of the password.
 */
const USERINFO_CHARACTER = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/**
 * Whether a connection URL's user name or password holds characters that must be percent-encoded.
 * Settings refuse such a URL before any driver sees it, so no error message can carry a piece of it.
 */
export function hasUnencodedCredentials(url: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return false;
  const rest = url.slice(scheme[0].length);
  const lastAt = rest.lastIndexOf('@');
  if (lastAt === -1) return false;
  const userinfo = rest.slice(0, lastAt);
  const colon = userinfo.indexOf(':');
  const [user, password] = colon === -1 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
  return !USERINFO_CHARACTER.test(user) || !USERINFO_CHARACTER.test(password);
}
