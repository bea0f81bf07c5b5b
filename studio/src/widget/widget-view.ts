import { TALK_TO_HUMAN, widgetActionLabel } from '../../../machines/widget-actions';
import type { WidgetConversation, WidgetState } from './widget-conversation';
import { TitleFlash } from './widget-attention';
import { adoptStyles, button, chatIcon, el } from './widget-dom';
import { entryElement, pendingElement, syncHelpful } from './widget-entries';
import { handoffContent, handoffKey } from './widget-handoff';

/**
 * The widget's DOM, in a shadow root so the host page's styles and ours never meet. Every piece
 * of customer, AI and agent text goes in through textContent: it is shown, never parsed as HTML.
 */

export type WidgetOptions = {
  title: string;
  /** The widget is the page (the /chat page an emailed link opens): always open, no launcher. */
  fullPage: boolean;
  /** Shown instead of the welcome when the widget cannot start a conversation here. */
  unavailable: string | null;
};

/** The message box grows with the text up to its CSS max-height, then scrolls. */
function fitToText(input: HTMLTextAreaElement): void {
  input.style.height = 'auto';
  input.style.height = `${input.scrollHeight + 2}px`;
}

function statusLine(state: WidgetState): string {
  if (state.assignee && state.status === 'HUMAN_ACTIVE') return `You're chatting with ${state.assignee.name}`;
  if (state.status === 'AWAITING_HUMAN') return 'Waiting for a person to join…';
  if (state.status === 'RESOLVED') return 'This conversation is resolved. Write again any time.';
  return 'Our AI assistant answers from the help centre';
}

export function mountWidget(host: HTMLElement, conversation: WidgetConversation, options: WidgetOptions): () => void {
  const root = host.attachShadow({ mode: 'open' });

  const launcher = el('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'baton-panel' });
  const badge = el('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
  launcher.append(chatIcon(), badge);
  // The newest unread reply, beside the launcher; the launcher's name carries the count for screen readers.
  const preview = el('div', { class: 'preview', 'aria-hidden': 'true', hidden: true });

  const title = el('h2', { id: 'baton-title' }, options.title || 'Support');
  const status = el('p', { class: 'status', role: 'status' });
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  const empty = el('p', { class: 'empty' }, options.unavailable ?? 'Ask us anything about the product. A person is here if you need one.');
  const typing = el('p', { class: 'typing', role: 'status', hidden: true });
  const error = el('p', { class: 'error', role: 'alert' });
  const handoff = el('div', { class: 'handoff', 'aria-live': 'polite' });
  const humanButton = button(widgetActionLabel(TALK_TO_HUMAN), 'human', () => void conversation.triggerAction(TALK_TO_HUMAN));
  const actions = el('div', { class: 'actions' }, humanButton);
  const input = el('textarea', { id: 'baton-input', rows: '1', placeholder: 'Type your question…', maxlength: '4000', 'aria-describedby': 'baton-hint' });
  const form = el(
    'form',
    { class: 'composer', 'aria-label': 'Send a message', hidden: !!options.unavailable },
    el('label', { for: 'baton-input', class: 'visually-hidden' }, 'Your message'),
    input,
    el('button', { type: 'submit', class: 'primary' }, 'Send'),
    el('span', { id: 'baton-hint', class: 'visually-hidden' }, 'Press Enter to send, Shift+Enter for a new line.'),
  );
  const setOpen = (next: boolean, focus: boolean) => {
    conversation.setOpen(next || options.fullPage);
    if (focus) (next ? input : launcher).focus();
  };
  const close = button('×', 'close', () => setOpen(false, true), { 'aria-label': 'Close chat' });
  const panel = el(
    'section',
    { id: 'baton-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'baton-title', 'aria-modal': 'false', hidden: true },
    el('header', {}, el('div', {}, title, status), close),
    log,
    typing,
    error,
    handoff,
    actions,
    form,
  );
  const frame = el('div', { class: options.fullPage ? 'root page' : 'root' }, panel, preview, launcher);
  adoptStyles(root);
  root.append(frame);

  const rendered = new Map<string, HTMLElement>();
  const flash = new TitleFlash();
  let open: boolean | null = null;
  let shownHandoff = '';

  const render = (state: WidgetState) => {
    if (state.open !== open) {
      open = state.open;
      panel.hidden = !open;
      frame.classList.toggle('open', open);
      launcher.setAttribute('aria-expanded', String(open));
    }
    const unread = open ? 0 : state.unread;
    launcher.setAttribute(
      'aria-label',
      open ? 'Hide support chat' : unread ? `Chat with support, ${unread} new message${unread === 1 ? '' : 's'}` : 'Chat with support',
    );
    badge.textContent = String(unread);
    badge.hidden = !unread;
    preview.textContent = state.unreadPreview ?? '';
    preview.hidden = !unread || !state.unreadPreview;
    flash.show(unread);

    title.textContent = options.title || state.workspaceName || 'Support';
    status.textContent = statusLine(state);
    typing.textContent = state.agentTyping ? `${state.agentTyping} is typing…` : '';
    typing.hidden = !state.agentTyping;
    error.textContent = state.error ?? '';
    error.hidden = !state.error;
    const askable = state.status === 'AI_ANSWERING';
    actions.hidden = !state.conversationId || !askable;
    humanButton.disabled = state.busy;
    humanButton.classList.toggle(
      'suggested',
      state.entries.some((entry) => entry.helpful === false),
    );
    const key = handoffKey(state);
    if (key !== shownHandoff) {
      shownHandoff = key;
      handoff.replaceChildren(...handoffContent(state, conversation));
    }

    // Keep existing nodes (screen readers announce only what is new in the log) and put each in order.
    const wanted: HTMLElement[] = [];
    const keep = new Set<string>();
    for (const entry of state.entries) {
      const key = `e:${entry.id}`;
      keep.add(key);
      let node = rendered.get(key);
      if (!node) rendered.set(key, (node = entryElement(entry, (entryId, helpful) => void conversation.rateAnswer(entryId, helpful))));
      syncHelpful(node, entry, askable, state.busy);
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
  preview.addEventListener('click', () => setOpen(true, true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !options.fullPage) {
      event.stopPropagation();
      setOpen(false, true);
    }
  });
  const submit = () => {
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    fitToText(input);
    void conversation.send(text);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('input', () => {
    fitToText(input);
    conversation.typing();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });

  const unsubscribe = conversation.onChange(render);
  if (options.fullPage) conversation.setOpen(true);
  render(conversation.state);
  return unsubscribe;
}
