/**
 * A link target that is safe to put in an href: only absolute http(s) and mailto addresses.
 * Anything else (javascript:, data:, relative paths from untrusted text) comes back null, and
 * the caller shows the title as plain text instead of a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:' ? parsed.href : null;
  } catch {
    return null;
  }
}
