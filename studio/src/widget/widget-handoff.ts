import type { WidgetConversation, WidgetState } from './widget-conversation';
import { button, el } from './widget-dom';
import { awayLine, expectedWaitLine, looksLikeEmail, queueLine } from './widget-wording';

/**
 * The strip above the message box about people: where a waiting customer stands, what to do when
 * nobody is there (leave an email), and "How did we do?" once a person resolved it. Who joined is the
 * timeline's news and who the customer is chatting with the status line's, so the strip repeats neither.
 */
export function handoffContent(state: WidgetState, conversation: WidgetConversation): HTMLElement[] {
  const { status, wait } = state;
  if (status === 'AWAITING_HUMAN' && wait && !wait.teamAvailable) return away(state, conversation);
  if (status === 'AWAITING_HUMAN') {
    const lines = [queueLine(wait?.queuePosition), expectedWaitLine(wait?.expectedWaitSeconds)].filter((line): line is string => !!line);
    return lines.map((line, index) => el('p', { class: index === 0 ? 'lead' : '' }, line));
  }
  if (status === 'RESOLVED' && state.agentInvolved) return satisfaction(state, conversation);
  return [];
}

/** A key for what handoffContent shows, so the strip (and a half-typed email) is rebuilt only when it changes. */
export function handoffKey(state: WidgetState): string {
  return JSON.stringify([state.status, state.wait, state.assignee, state.agentInvolved, state.contactEmail, state.emailSkipped, state.rating]);
}

function away(state: WidgetState, conversation: WidgetConversation): HTMLElement[] {
  const message = el('p', {}, awayLine(state.wait?.awayMessage, state.wait?.teamBackAt));
  if (state.contactEmail) return [message, el('p', { class: 'lead' }, `We'll reply to ${state.contactEmail}`)];
  if (state.emailSkipped) return [message];
  const input = el('input', {
    id: 'baton-email',
    type: 'email',
    name: 'email',
    autocomplete: 'email',
    required: true,
    'aria-describedby': 'baton-email-error',
  });
  const problem = el('span', { id: 'baton-email-error', role: 'alert', class: 'helped-note' });
  const form = el(
    'form',
    { 'aria-label': 'Leave your email', novalidate: true },
    el('label', { for: 'baton-email', class: 'visually-hidden' }, 'Your email address'),
    input,
    el('button', { type: 'submit', class: 'primary' }, 'Send'),
    button('Skip', 'link', () => conversation.skipEmail()),
  );
  input.placeholder = 'you@example.com';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!looksLikeEmail(input.value)) {
      problem.textContent = 'Enter an email address like name@example.com.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    problem.textContent = '';
    input.removeAttribute('aria-invalid');
    void conversation.leaveEmail(input.value);
  });
  return [message, form, problem];
}

const SCORE_NAMES = ['Very bad', 'Bad', 'OK', 'Good', 'Very good'];

function satisfaction(state: WidgetState, conversation: WidgetConversation): HTMLElement[] {
  if (state.rating) return [el('p', { class: 'lead' }, `Thanks for rating us ${state.rating.score} out of 5.`)];
  let chosen = 0;
  const comment = el('textarea', { id: 'baton-rating-comment', rows: '2', maxlength: '2000', placeholder: 'Anything to add? (optional)' });
  const submit = el('button', { type: 'submit', class: 'primary', disabled: true }, 'Send rating');
  const scores = SCORE_NAMES.map((name, index) =>
    button(
      String(index + 1),
      'chip',
      () => {
        chosen = index + 1;
        scores.forEach((score, other) => score.setAttribute('aria-pressed', String(other === index)));
        submit.disabled = false;
      },
      { 'aria-label': `${index + 1} out of 5, ${name.toLowerCase()}`, 'aria-pressed': 'false' },
    ),
  );
  const form = el(
    'form',
    { 'aria-labelledby': 'baton-rating-title' },
    el('div', { class: 'scores', role: 'group', 'aria-labelledby': 'baton-rating-title' }, ...scores),
    el('label', { for: 'baton-rating-comment', class: 'visually-hidden' }, 'Comment'),
    comment,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (chosen) void conversation.rateConversation(chosen, comment.value.trim() || null);
  });
  return [el('p', { class: 'lead', id: 'baton-rating-title' }, 'How did we do?'), form];
}
