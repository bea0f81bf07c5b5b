/**
 * Saved replies in the composer: the "/shortcut" being typed, and the reply's text with its
 * {{variables}} filled in. Pure, so the picker's behaviour is tested without a browser.
 */

import { fillSavedReply, type SavedReplyValues } from '../../../../machines/saved-reply-text';

export type { SavedReplyValues };

/**
 * The reply's text as the composer inserts it: the API's own variables (machines/saved-reply-text.ts),
 * a known variable without a value (a customer who left no email) empty rather than raw braces the
 * customer would read, anything else in braces as written.
 */
export function expandSavedReply(text: string, values: SavedReplyValues): string {
  return fillSavedReply(text, values, { missing: 'empty' });
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
