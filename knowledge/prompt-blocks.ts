import type { RetrievedPassage } from './types';

/**
 * Customer text and article text reach the model only inside tagged blocks, escaped so
 * that neither can close its block or open a new one: whatever they say stays data. The
 * instructions live in the system message, which never contains either.
 */
export function escapeBlockText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeBlockText(text)
    .replace(/"/g, '&quot;')
    .replace(/[\r\n]+/g, ' ');
}

export function renderPassagesBlock(passages: RetrievedPassage[]): string {
  if (passages.length === 0) return '<passages>\n</passages>';
  const rendered = passages.map(({ chunk }) => {
    const url = chunk.url ? ` url="${escapeAttribute(chunk.url)}"` : '';
    return `<passage id="${escapeAttribute(chunk.articleId)}" title="${escapeAttribute(chunk.title)}"${url}>\n${escapeBlockText(chunk.text)}\n</passage>`;
  });
  return `<passages>\n${rendered.join('\n')}\n</passages>`;
}

export type BlockTurn = { role: string; text: string };

export function renderConversationBlock(turns: BlockTurn[]): string {
  const rendered = turns.map((turn) => `<turn role="${escapeAttribute(turn.role)}">${escapeBlockText(turn.text)}</turn>`);
  return `<conversation>\n${rendered.join('\n')}\n</conversation>`;
}

export function renderTextBlock(tag: string, text: string): string {
  return `<${tag}>\n${escapeBlockText(text)}\n</${tag}>`;
}
