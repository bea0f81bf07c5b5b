/**
 * Saved replies in the composer: the "/shortcut" being typed, and the reply's text with its
 * {{variables}} filled in. Pure, so the picker's behaviour is tested without a browser.
 */

/** What a saved reply's {{variables}} are filled with when an agent inserts it. */
export type SavedReplyValues = { 'customer.email'?: string | null; 'agent.name'?: string | null; 'workspace.name'?: string | null };

const KNOWN = new Set(['customer.email', 'agent.name', 'workspace.name']);

/** `{{ name }}` with optional spaces; the name is bounded and brace-free, so the scan stays linear. */
const PLACEHOLDER = /\{\{\s*([^{}\s][^{}]{0,99}?)\s*\}\}/g;

/**
 * The text with each known variable replaced by its value; a known variable without a value (a
 * customer who left no email) becomes empty rather than showing raw braces to the customer.
 * Anything else in braces is not a variable and stays as written.
 */
export function expandSavedReply(text: string, values: SavedReplyValues): string {
  return text.replace(PLACEHOLDER, (placeholder: string, name: string) => {
    if (!KNOWN.has(name)) return placeholder;
    const value = values[name as keyof SavedReplyValues];
    return typeof value === 'string' ? value : '';
  });
}

/** The "/query" right before the caret: at the start of the text or after whitespace, with no space inside it. */
export type SlashQuery = { start: number; end: number; query: string };

export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([a-z0-9-]{0,40})$/i.exec(before);
  if (!match) return null;
  const start = before.length - match[2]!.length - 1;
  return { start, end: caret, query: match[2]!.toLowerCase() };
}

/** The text with the "/query" replaced by the reply, and where the caret goes after it. */
export function insertSavedReply(text: string, slash: SlashQuery, reply: string): { text: string; caret: number } {
  const next = text.slice(0, slash.start) + reply + text.slice(slash.end);
  return { text: next, caret: slash.start + reply.length };
}

/** Saved replies matching what follows "/": shortcuts starting with it first, then those mentioning it in the shortcut or title. */
export function matchSavedReplies<T extends { shortcut: string; title: string }>(replies: T[], query: string): T[] {
  const wanted = query.toLowerCase();
  if (!wanted) return [...replies].sort((a, b) => a.shortcut.localeCompare(b.shortcut));
  const starts = replies.filter((reply) => reply.shortcut.startsWith(wanted));
  const mentions = replies.filter(
    (reply) => !reply.shortcut.startsWith(wanted) && (reply.shortcut.includes(wanted) || reply.title.toLowerCase().includes(wanted)),
  );
  const byShortcut = (a: T, b: T) => a.shortcut.localeCompare(b.shortcut);
  return [...starts.sort(byShortcut), ...mentions.sort(byShortcut)];
}
