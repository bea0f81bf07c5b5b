/**
 * The email that carries an agent's reply to a customer who left the chat: plain text and HTML, every
 * piece of text HTML-escaped (customers and agents write anything), and header values on one line.
 */
export type ReplyEmailInput = {
  workspaceName: string;
  agentName: string;
  reply: string;
  /** The customer's last message before the reply, quoted; null when there is none. */
  customerMessage: string | null;
  link: string;
};

export type ReplyEmail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);

/** A header value: control characters (line breaks first) become spaces. */
export const oneLine = (text: string) =>
  [...text]
    .map((character) => (character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f ? ' ' : character))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();

const paragraphs = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

export function replyEmail({ workspaceName, agentName, reply, customerMessage, link }: ReplyEmailInput): ReplyEmail {
  const workspace = oneLine(workspaceName);
  const agent = oneLine(agentName);
  const quoted = customerMessage
    ? customerMessage
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n')
    : null;
  const text = [
    `${agent} replied:`,
    '',
    reply,
    '',
    ...(quoted ? ['You wrote:', quoted, ''] : []),
    `Continue the conversation: ${link}`,
    '',
    `(Replies to this email are not read; answer through the link. It works for 7 days.)`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p><strong>${escapeHtml(agent)}</strong> replied:</p>`,
    `<p>${paragraphs(reply)}</p>`,
    ...(customerMessage
      ? [
          `<p style="color: #555">You wrote:</p>`,
          `<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #ccc; color: #555">${paragraphs(customerMessage)}</blockquote>`,
        ]
      : []),
    `<p><a href="${escapeHtml(link)}">Continue the conversation</a></p>`,
    '<p style="color: #777; font-size: 0.9em">Replies to this email are not read; answer through the link. It works for 7 days.</p>',
    '</body></html>',
  ].join('\n');
  return { subject: `Re: your conversation with ${workspace}`, text, html };
}
