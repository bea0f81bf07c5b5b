import { safeHref } from '../shared/helpers/safe-url';
import type { PendingMessage, TimelineEntry } from './widget-conversation';
import { button, el } from './widget-dom';

const AUTHOR_LABEL: Record<string, string> = { CUSTOMER: 'You', AI: 'AI assistant', SYSTEM: '' };

/** One timeline entry. Line breaks are kept (answers may hold a table as one row per line). */
export function entryElement(entry: TimelineEntry, rate: (entryId: string, helpful: boolean) => void): HTMLElement {
  const kind = entry.kind.toLowerCase();
  const who = entry.kind === 'AGENT' ? entry.author?.name || 'Support agent' : (AUTHOR_LABEL[entry.kind] ?? '');
  const item = el('div', { class: `entry entry-${kind}`, 'data-entry-id': entry.id, 'data-kind': entry.kind });
  if (who) item.append(el('span', { class: 'who' }, who));
  item.append(el('p', { class: 'text' }, entry.text));
  const sources = entry.citations.map((citation) => {
    const href = safeHref(citation.url);
    return el('li', {}, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, citation.title) : citation.title);
  });
  if (sources.length) item.append(el('div', { class: 'sources' }, el('span', { class: 'sources-label' }, 'Sources'), el('ul', {}, ...sources)));
  if (entry.kind === 'AI') {
    const label = `helped-${entry.id}`;
    item.append(
      el(
        'div',
        { class: 'helped', role: 'group', 'aria-labelledby': label },
        el('span', { id: label }, 'Did that help?'),
        button('Yes', 'chip', () => rate(entry.id, true), { 'data-helpful': 'true', 'aria-pressed': 'false' }),
        button('No', 'chip', () => rate(entry.id, false), { 'data-helpful': 'false', 'aria-pressed': 'false' }),
        el('span', { class: 'helped-note', role: 'status' }),
      ),
    );
  }
  return item;
}

/** Shows the customer's choice on an answer; the question is asked only while the AI is answering. */
export function syncHelpful(item: HTMLElement, entry: TimelineEntry, askable: boolean, busy: boolean): void {
  const group = item.querySelector<HTMLElement>('.helped');
  if (!group) return;
  group.hidden = entry.helpful == null && !askable;
  for (const choice of group.querySelectorAll<HTMLButtonElement>('button')) {
    choice.setAttribute('aria-pressed', String(String(entry.helpful) === choice.dataset.helpful));
    choice.disabled = busy || !askable;
  }
  const note = group.querySelector('.helped-note')!;
  const text = entry.helpful === false ? "Sorry that didn't help. Ask in other words, or talk to a person." : entry.helpful ? 'Glad it helped.' : '';
  if (note.textContent !== text) note.textContent = text;
}

export function pendingElement(message: PendingMessage, retry: (message: PendingMessage) => void): HTMLElement {
  const item = el('div', { class: `entry entry-customer pending${message.failed ? ' failed' : ''}`, 'data-pending': message.clientMessageId });
  item.append(el('span', { class: 'who' }, 'You'), el('p', { class: 'text' }, message.text));
  if (message.failed) item.append(button('Not sent — retry', 'link', () => retry(message)));
  else item.append(el('span', { class: 'visually-hidden' }, 'Sending'));
  return item;
}
