/**
 * What customers said: "Did that help?" on AI answers and the 1-5 rating after resolution. Pure:
 * it takes the ratings and the conversations' CSAT as read from the store.
 */
import type { AnswerRatingDoc, ConversationDoc } from '../store/documents';

export type AnswerRatingFact = Pick<AnswerRatingDoc, 'conversationId' | 'helpful' | 'answerText' | 'citations' | 'at'>;
export type Csat = { average: number | null; satisfiedRate: number | null; count: number };
export type CsatBreakdown = { overall: Csat; aiOnly: Csat; handedOff: Csat; byAgent: { label: string; csat: Csat }[] };
export type RatedAnswer = {
  answer: string;
  notHelpful: number;
  helpful: number;
  citations: { title: string; url: string | null }[];
  lastRatedAt: string;
};

/** How many answers rated "No" the dashboard lists. */
export const RATED_ANSWERS_LISTED = 10;

/** Automated conversations whose customer said at least one answer helped. */
export function confirmedAutomated(automatedIds: ReadonlySet<string>, ratings: readonly AnswerRatingFact[]): number {
  const confirmed = new Set(ratings.filter((rating) => rating.helpful && automatedIds.has(rating.conversationId)).map((rating) => rating.conversationId));
  return confirmed.size;
}

/** The same answer text however it is spaced or cased, so one answer given many times counts as one. */
const answerKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The answers rated "No" in the range, grouped by text, most "No"s first, with their "Yes"es and what they cited. */
export function answersRatedNotHelpful(ratings: readonly AnswerRatingFact[], range?: { from: Date; to: Date }): RatedAnswer[] {
  const inRange = range ? ratings.filter((rating) => rating.at >= range.from && rating.at < range.to) : ratings;
  const grouped = new Map<
    string,
    { answer: string; notHelpful: number; helpful: number; citations: Map<string, RatedAnswer['citations'][number]>; last: Date }
  >();
  for (const rating of inRange) {
    const key = answerKey(rating.answerText);
    const group = grouped.get(key) ?? { answer: rating.answerText.trim(), notHelpful: 0, helpful: 0, citations: new Map(), last: rating.at };
    if (rating.helpful) group.helpful += 1;
    else group.notHelpful += 1;
    if (rating.at > group.last) group.last = rating.at;
    for (const citation of rating.citations) group.citations.set(citation.url || citation.title, { title: citation.title, url: citation.url || null });
    grouped.set(key, group);
  }
  return [...grouped.values()]
    .filter((group) => group.notHelpful > 0)
    .sort((a, b) => b.notHelpful - a.notHelpful || b.last.getTime() - a.last.getTime())
    .slice(0, RATED_ANSWERS_LISTED)
    .map((group) => ({
      answer: group.answer,
      notHelpful: group.notHelpful,
      helpful: group.helpful,
      citations: [...group.citations.values()],
      lastRatedAt: group.last.toISOString(),
    }));
}

/** Average score, share of 4s and 5s, and how many; nulls without ratings. */
export function csatOf(scores: readonly number[]): Csat {
  if (scores.length === 0) return { average: null, satisfiedRate: null, count: 0 };
  const sum = scores.reduce((total, score) => total + score, 0);
  return { average: sum / scores.length, satisfiedRate: scores.filter((score) => score >= 4).length / scores.length, count: scores.length };
}

/** CSAT overall, for conversations the AI handled alone and those a person was involved in, and by the agent who held it last. */
export function csatBreakdown(conversations: readonly Pick<ConversationDoc, 'csat'>[], agentNames: ReadonlyMap<string, string>): CsatBreakdown {
  const rated = conversations.flatMap((conversation) => (conversation.csat ? [conversation.csat] : []));
  const byAgent = new Map<string, number[]>();
  for (const csat of rated) {
    if (!csat.agentId) continue;
    const scores = byAgent.get(csat.agentId) ?? [];
    scores.push(csat.score);
    byAgent.set(csat.agentId, scores);
  }
  return {
    overall: csatOf(rated.map((csat) => csat.score)),
    aiOnly: csatOf(rated.filter((csat) => !csat.handedOff).map((csat) => csat.score)),
    handedOff: csatOf(rated.filter((csat) => csat.handedOff).map((csat) => csat.score)),
    byAgent: [...byAgent]
      .map(([agentId, scores]) => ({ label: agentNames.get(agentId) ?? agentId, csat: csatOf(scores) }))
      .sort((a, b) => b.csat.count - a.csat.count || a.label.localeCompare(b.label)),
  };
}
