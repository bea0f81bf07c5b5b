import { safeHref } from '../shared/helpers/safe-url';
import type { PendingMessage, TimelineEntry, WidgetConversation, WidgetState } from './widget-conversation';
import { WIDGET_CSS } from './widget-styles';

/**
 * The widget's DOM, in a shadow root so the host page's styles and ours never meet. Every piece
 * of customer, AI and agent text goes in through textContent: it is shown, never parsed as HTML.
 */

type Attributes = Record<string, string | boolean | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) element.append(child);
  return element;
}

/** A speech bubble drawn in SVG: emoji fonts are not on every machine. */
function chatIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '26');
  svg.setAttribute('height', '26');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

const AUTHOR_LABEL: Record<string, string> = { CUSTOMER: 'You', AI: 'AI assistant', SYSTEM: '' };

function entryElement(entry: TimelineEntry): HTMLElement {
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
  return item;
}

function pendingElement(message: PendingMessage, retry: (message: PendingMessage) => void): HTMLElement {
  const item = el('div', { class: `entry entry-customer pending${message.failed ? ' failed' : ''}`, 'data-pending': message.clientMessageId });
  item.append(el('span', { class: 'who' }, 'You'), el('p', { class: 'text' }, message.text));
  if (message.failed) {
    const button = el('button', { type: 'button', class: 'link' }, 'Not sent — retry');
    button.addEventListener('click', () => retry(message));
    item.append(button);
  } else {
    item.append(el('span', { class: 'visually-hidden' }, 'Sending'));
  }
  return item;
}

/** A constructed stylesheet where supported: host pages whose CSP forbids inline <style> still get a styled widget. */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = el('style');
    style.textContent = WIDGET_CSS;
    root.append(style);
  }
}

function statusLine(state: WidgetState): string {
  if (state.assignee && state.status === 'HUMAN_ACTIVE') return `You're chatting with ${state.assignee.name}`;
  if (state.status === 'AWAITING_HUMAN') return 'Waiting for a person to join…';
  if (state.status === 'RESOLVED') return 'This conversation is resolved. Write again any time.';
  return 'Our AI assistant answers from the help centre';
}

export function mountWidget(host: HTMLElement, conversation: WidgetConversation, options: { title: string }): () => void {
  const root = host.attachShadow({ mode: 'open' });

  const launcher = el('button', {
    type: 'button',
    class: 'launcher',
    'aria-expanded': 'false',
    'aria-controls': 'baton-panel',
    'aria-label': 'Chat with support',
  });
  launcher.append(chatIcon());

  const title = el('h2', { id: 'baton-title' }, options.title || 'Support');
  const status = el('p', { class: 'status', role: 'status' });
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close chat' }, '×');
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  const empty = el('p', { class: 'empty' }, 'Ask us anything about the product. A person is here if you need one.');
  const error = el('p', { class: 'error', role: 'alert' });
  const humanButton = el('button', { type: 'button', class: 'human' }, 'Talk to a person');
  const input = el('textarea', { id: 'baton-input', rows: '2', placeholder: 'Type your question…', maxlength: '4000', 'aria-describedby': 'baton-hint' });
  const send = el('button', { type: 'submit', class: 'send' }, 'Send');
  const form = el(
    'form',
    { class: 'composer', 'aria-label': 'Send a message' },
    el('label', { for: 'baton-input', class: 'visually-hidden' }, 'Your message'),
    input,
    send,
    el('span', { id: 'baton-hint', class: 'visually-hidden' }, 'Press Enter to send, Shift+Enter for a new line.'),
  );
  const panel = el(
    'section',
    { id: 'baton-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'baton-title', 'aria-modal': 'false', hidden: true },
    el('header', {}, el('div', {}, title, status), close),
    log,
    error,
    el('div', { class: 'actions' }, humanButton),
    form,
  );
  adoptStyles(root);
  root.append(el('div', { class: 'root' }, panel, launcher));

  const rendered = new Map<string, HTMLElement>();
  let open = false;

  const setOpen = (next: boolean, focus: boolean) => {
    conversation.setOpen(next);
    if (focus) (next ? input : launcher).focus();
  };

  const render = (state: WidgetState) => {
    if (state.open !== open) {
      open = state.open;
      panel.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      launcher.setAttribute('aria-label', open ? 'Hide support chat' : 'Chat with support');
    }
    title.textContent = options.title || state.workspaceName || 'Support';
    status.textContent = statusLine(state);
    error.textContent = state.error ?? '';
    error.hidden = !state.error;
    humanButton.hidden = !state.conversationId || state.status !== 'AI_ANSWERING';
    humanButton.disabled = state.busy;

    // Keep existing nodes (screen readers announce only what is new in the log) and put each in order.
    const wanted: HTMLElement[] = [];
    const keep = new Set<string>();
    for (const entry of state.entries) {
      const key = `e:${entry.id}`;
      keep.add(key);
      let node = rendered.get(key);
      if (!node) rendered.set(key, (node = entryElement(entry)));
      wanted.push(node);
    }
    for (const message of state.pending) {
      const key = `p:${message.clientMessageId}:${message.failed}`;
      keep.add(key);
      let node = rendered.get(key);
      if (!node) rendered.set(key, (node = pendingElement(message, (failed) => void conversation.send(failed.text, failed))));
      wanted.push(node);
    }
    for (const [key, node] of rendered) {
      if (!keep.has(key)) {
        node.remove();
        rendered.delete(key);
      }
    }
    if (wanted.length === 0) wanted.push(empty);
    else empty.remove();
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    wanted.forEach((node, index) => {
      if (log.children[index] !== node) log.insertBefore(node, log.children[index] ?? null);
    });
    if (atBottom || state.pending.length) log.scrollTop = log.scrollHeight;
  };

  launcher.addEventListener('click', () => setOpen(!open, true));
  close.addEventListener('click', () => setOpen(false, true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false, true);
    }
  });
  humanButton.addEventListener('click', () => void conversation.triggerAction('talk_to_human'));
  const submit = () => {
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    void conversation.send(text);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });

  const unsubscribe = conversation.onChange(render);
  render(conversation.state);
  return unsubscribe;
}
