/**
 * What the widget tells a waiting customer, worded honestly: a time is given only when the API has
 * one, and a short one is never promised to the minute.
 */

/** "You're number 3 in line", or null when the API does not know the position. */
export function queueLine(position: number | null | undefined): string | null {
  if (!position || position < 1) return null;
  return position === 1 ? "You're next in line" : `You're number ${position} in line`;
}

/** "usually a few minutes" under 5 minutes, "about N minutes" above; null promises nothing. */
export function expectedWaitLine(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || seconds < 0) return null;
  if (seconds < 5 * 60) return 'A person usually replies within a few minutes';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `A person usually replies in about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return `A person usually replies in about ${hours} hours`;
}

/** teamBackAt in the customer's own locale and time zone, e.g. "Mon 9:00 AM"; null when it is not a date. */
export function formatBackAt(iso: string, locale?: string, timeZone?: string): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** The workspace's away message with {{backAt}} filled in (or a neutral phrase when nobody knows when). */
export function awayLine(message: string | null | undefined, backAt: string | null | undefined, locale?: string, timeZone?: string): string {
  const text = message?.trim() || "Nobody from our team is available right now. Leave your email and we'll reply there.";
  const when = backAt ? formatBackAt(backAt, locale, timeZone) : null;
  return text.replace(/\{\{\s*backAt\s*\}\}/g, when ?? 'soon');
}

/** A plausible email address (the server has the last word). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) && value.trim().length <= 254;
}

/** The host page's title while replies wait unread: "(1) New message · Pricing". */
export function unreadTitle(count: number, title: string): string {
  return `(${count}) New message${count === 1 ? '' : 's'} · ${title}`;
}
