import { ABSTAIN_ANSWER } from './offline-answerer';
import { type Citation, DEFAULT_ABSTAIN_BELOW, type HandoffInput, type HandoffSummary } from './types';
import { triggerWordingOf } from '../machines/triggers';

const QUOTE_LIMIT = 200;

/**
 * The handoff note for the agent, assembled from the timeline without a model: what the
 * customer wants (their own words), what the AI answered and cited, and why it escalated.
 */
export function summarizeHandoffOffline(input: HandoffInput): HandoffSummary {
  const customerMessages = input.timeline.filter((entry) => entry.kind === 'CUSTOMER' && entry.text.trim() !== '');
  const substantive = customerMessages.filter((entry) => !isSmallTalkOrHandoffRequest(entry.text));
  const asked = substantive.length > 0 ? substantive : customerMessages;
  const first = asked[0]?.text;
  const last = asked.at(-1)?.text;

  // With no answer to give, the question the help centre failed on is what the agent must answer: it leads.
  const failedLast = input.escalation.reason === 'no_answer';
  const customerWants = !first
    ? 'The customer has not said what they need yet.'
    : last && last !== first
      ? failedLast
        ? `${quote(last)}, which the help centre could not answer (earlier: ${quote(first)})`
        : `${quote(first)}, and later ${quote(last)}`
      : quote(first);

  const aiEntries = input.timeline.filter((entry) => entry.kind === 'AI' && entry.text.trim() !== '');
  const answered = aiEntries.filter((entry) => !isAbstention(entry));
  const lastAnswer = answered.at(-1);
  let aiTried: string;
  if (aiEntries.length === 0) {
    aiTried = 'The AI had not answered yet.';
  } else if (!lastAnswer) {
    aiTried = "The AI couldn't find an answer in the help centre.";
  } else {
    const confidence = typeof lastAnswer.confidence === 'number' ? ` (confidence ${lastAnswer.confidence.toFixed(2)})` : '';
    const times = answered.length === 1 ? 'once' : `${answered.length} times`;
    aiTried = `The AI answered ${times}; its last answer${confidence} was ${quote(lastAnswer.text)}.`;
  }

  const citedArticles = uniqueCitations(aiEntries.flatMap((entry) => entry.citations ?? []));
  const escalationReason = describeEscalation(input.escalation);

  const sentences = [first ? `The customer wants help with ${customerWants}.` : customerWants, aiTried];
  if (citedArticles.length > 0) sentences.push(`It cited ${citedArticles.map((citation) => `“${citation.title}”`).join(', ')}.`);
  sentences.push(`It was handed over because ${escalationReason}.`);
  const agentReplies = input.timeline.filter((entry) => entry.kind === 'AGENT').length;
  if (agentReplies > 0) sentences.push(`An agent has already replied ${agentReplies === 1 ? 'once' : `${agentReplies} times`} in this conversation.`);

  return { customerWants, aiTried, citedArticles, escalationReason, text: sentences.slice(0, 5).join(' ') };
}

export function describeEscalation(escalation: HandoffInput['escalation']): string {
  // Each trigger module words its own reason; the reason can also be an admin's free text, looked up in a Map.
  const known = triggerWordingOf(escalation.reason)?.handoff;
  const reason = known ?? (/^[a-z_]+$/.test(escalation.reason) ? escalation.reason.replace(/_/g, ' ') : escalation.reason.replace(/[.\s]+$/, ''));
  return escalation.triggerLabel ? `${reason} (trigger “${escalation.triggerLabel}”)` : reason;
}

export function uniqueCitations(citations: Citation[]): Citation[] {
  return [...new Map(citations.map((citation) => [citation.articleId, citation])).values()];
}

function isAbstention(entry: HandoffInput['timeline'][number]): boolean {
  if (entry.text.trim() === ABSTAIN_ANSWER) return true;
  return typeof entry.confidence === 'number' && entry.confidence < DEFAULT_ABSTAIN_BELOW && (entry.citations ?? []).length === 0;
}

/** "hi", "thanks!", "can I talk to a human?": messages that don't say what the problem is. */
function isSmallTalkOrHandoffRequest(text: string): boolean {
  const normalized = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:hi|hello|hey|yo|thanks|thank you|ok|okay|yes|no|please|good (?:morning|afternoon|evening))(?: there| team| again)?$/.test(normalized)) return true;
  const words = normalized.split(' ').length;
  return words <= 10 && /\b(?:human|person|agent|someone|somebody|real people|representative|operator|staff)\b/.test(normalized);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : flat}”`;
}
