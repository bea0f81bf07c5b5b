/**
 * Support metrics from the read model: how much the AI resolves, why the rest escalate, how
 * fast people pick them up. Pure: it takes conversations and their timeline entries.
 */
import type { ConversationDoc, TimelineEntryDoc } from '../store/documents';
import { answersRatedNotHelpful, confirmedAutomated, csatBreakdown, type AnswerRatingFact, type CsatBreakdown, type RatedAnswer } from './feedback-metrics';
import { conversationOutcome, isAutomated } from '../machines/support-measures';
import { assignmentCounts, queueLengths, REQUEUE_TRIGGER, timesToAssignment, type AssignmentCount, type QueueLengthPoint } from './assignment-metrics';

export type MetricsInput = {
  conversations: (Pick<ConversationDoc, '_id' | 'createdAt' | 'transitions'> & Partial<Pick<ConversationDoc, 'csat'>>)[];
  entries: Pick<TimelineEntryDoc, 'conversationId' | 'at' | 'kind' | 'text' | 'citations' | 'answer'>[];
  /** For hour-of-day, weekday and off-hours: the workspace's business hours (UTC and no off-hours without them). */
  businessHours: { timezone: string; days: number[]; open: string; close: string } | null;
  /** Names for the assignment counts' labels, by agent (user) and team id; an id not here shows as itself. */
  names?: { agents: ReadonlyMap<string, string>; teams: ReadonlyMap<string, string> };
  /** The range asked for, over which the queue length is reported (no queue length without it); `now` ends it early. */
  range?: { from: Date; to: Date };
  now?: Date;
  /** Conversations started before the range that may have waited for a person in it: they count in the queue length only. */
  startedEarlier?: Pick<ConversationDoc, 'transitions'>[];
  /** "Did that help?" ratings given since the range began (answers rated after it ends are left out of the rated answers). */
  answerRatings?: AnswerRatingFact[];
};

export type Percentiles = { p50: number | null; p90: number | null; count: number };

export type ConversationMetrics = {
  conversations: number;
  automated: number;
  automationRate: number;
  escalated: number;
  escalationRate: number;
  escalationsByTrigger: { trigger: string; count: number }[];
  aiFirstResponseSeconds: Percentiles;
  timeToClaimSeconds: Percentiles & { buckets: { label: string; count: number }[] };
  humanFirstResponseSeconds: Percentiles;
  resolutionSeconds: Percentiles;
  volumeByHour: number[];
  volumeByWeekday: number[];
  offHoursShare: number | null;
  daily: { date: string; conversations: number; automated: number }[];
  topCitedArticles: { title: string; url: string | null; count: number }[];
  unansweredQuestions: { text: string; count: number; lastAskedAt: string }[];
  timeToAssignmentSeconds: Percentiles;
  assignmentsByAgent: AssignmentCount[];
  assignmentsByTeam: AssignmentCount[];
  queueLength: QueueLengthPoint[];
  confirmedAutomated: number;
  answersRatedNotHelpful: RatedAnswer[];
  csat: CsatBreakdown;
};

/** A resolution followed by a reopening within this long does not count as resolved. */
const HUMAN_STATUSES = new Set(['AWAITING_HUMAN', 'HUMAN_ACTIVE']);
const CLAIM_BUCKETS: [string, number][] = [
  ['< 1 min', 60],
  ['1–5 min', 300],
  ['5–15 min', 900],
  ['15–60 min', 3600],
  ['> 1 h', Infinity],
];

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: null, p90: null, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p90: at(0.9), count: sorted.length };
}

const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/** Local hour (0–23) and ISO weekday (1 = Monday … 7 = Sunday) of an instant in a time zone. */
function localTime(at: Date, timeZone: string): { hour: number; weekday: number; minutes: number; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  const hour = Number(parts.hour);
  return { hour, weekday, minutes: hour * 60 + Number(parts.minute), date: `${parts.year}-${parts.month}-${parts.day}` };
}

const clockMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function computeMetrics(input: MetricsInput): ConversationMetrics {
  const timeZone = input.businessHours?.timezone ?? 'UTC';
  const entriesByConversation = new Map<string, MetricsInput['entries']>();
  for (const entry of [...input.entries].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const list = entriesByConversation.get(entry.conversationId) ?? [];
    list.push(entry);
    entriesByConversation.set(entry.conversationId, list);
  }

  let automated = 0;
  const automatedIds = new Set<string>();
  let escalated = 0;
  const triggers = new Map<string, number>();
  const aiFirst: number[] = [];
  const toClaim: number[] = [];
  const humanFirst: number[] = [];
  const resolution: number[] = [];
  const volumeByHour = Array.from({ length: 24 }, () => 0);
  const volumeByWeekday = Array.from({ length: 7 }, () => 0);
  const daily = new Map<string, { conversations: number; automated: number }>();
  let offHours = 0;

  for (const conversation of input.conversations) {
    const transitions = [...(conversation.transitions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
    const entries = entriesByConversation.get(conversation._id) ?? [];
    // A requeue (the agent went away without answering) hands the conversation back, not to people anew: not an escalation.
    const escalations = transitions.filter(
      (transition) =>
        HUMAN_STATUSES.has(transition.status) &&
        transition.triggerType !== 'agent_claim' &&
        transition.triggerType !== REQUEUE_TRIGGER &&
        transition.triggerType !== null,
    );
    const automatedHere = isAutomated(
      conversationOutcome(
        transitions,
        entries.some((entry) => entry.kind === 'AGENT'),
      ),
    );
    if (automatedHere) {
      automated += 1;
      automatedIds.add(conversation._id);
    }
    if (escalations.length > 0) escalated += 1;
    for (const escalation of escalations) triggers.set(escalation.triggerType!, (triggers.get(escalation.triggerType!) ?? 0) + 1);

    const firstCustomer = entries.find((entry) => entry.kind === 'CUSTOMER');
    const firstAi = entries.find((entry) => entry.kind === 'AI');
    if (firstCustomer && firstAi && firstAi.at >= firstCustomer.at) aiFirst.push(seconds(firstCustomer.at, firstAi.at));

    for (const escalation of transitions.filter((transition) => transition.status === 'AWAITING_HUMAN')) {
      const claim = transitions.find((transition) => transition.at >= escalation.at && transition.status === 'HUMAN_ACTIVE');
      if (claim) toClaim.push(seconds(escalation.at, claim.at));
    }
    const firstEscalation = escalations[0];
    if (firstEscalation) {
      const reply = entries.find((entry) => entry.kind === 'AGENT' && entry.at >= firstEscalation.at);
      if (reply) humanFirst.push(seconds(firstEscalation.at, reply.at));
    }
    const firstResolution = transitions.find((transition) => transition.status === 'RESOLVED');
    if (firstResolution) resolution.push(seconds(conversation.createdAt, firstResolution.at));

    const local = localTime(conversation.createdAt, timeZone);
    volumeByHour[local.hour]! += 1;
    volumeByWeekday[local.weekday - 1]! += 1;
    const day = daily.get(local.date) ?? { conversations: 0, automated: 0 };
    day.conversations += 1;
    if (automatedHere) day.automated += 1;
    daily.set(local.date, day);
    const hours = input.businessHours;
    if (hours && (!hours.days.includes(local.weekday) || local.minutes < clockMinutes(hours.open) || local.minutes >= clockMinutes(hours.close))) offHours += 1;
  }

  const total = input.conversations.length;
  const cited = new Map<string, { title: string; url: string | null; count: number }>();
  const unanswered = new Map<string, { text: string; count: number; lastAskedAt: Date }>();
  for (const entry of input.entries) {
    if (entry.kind === 'AI') {
      for (const citation of entry.citations ?? []) {
        const key = citation.url || citation.title;
        const seen = cited.get(key) ?? { title: citation.title, url: citation.url || null, count: 0 };
        seen.count += 1;
        cited.set(key, seen);
      }
    }
    if (entry.kind === 'CUSTOMER' && entry.answer?.abstain) {
      const key = entry.text
        .trim()
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[?!.]+$/, '');
      const seen = unanswered.get(key) ?? { text: entry.text.trim(), count: 0, lastAskedAt: entry.at };
      seen.count += 1;
      if (entry.at > seen.lastAskedAt) seen.lastAskedAt = entry.at;
      unanswered.set(key, seen);
    }
  }
  const claim = percentiles(toClaim);
  const assignments = assignmentCounts(input.conversations, input.names ?? { agents: new Map(), teams: new Map() });
  return {
    conversations: total,
    automated,
    automationRate: total ? automated / total : 0,
    escalated,
    escalationRate: total ? escalated / total : 0,
    escalationsByTrigger: [...triggers].map(([trigger, count]) => ({ trigger, count })).sort((a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger)),
    aiFirstResponseSeconds: percentiles(aiFirst),
    timeToClaimSeconds: {
      ...claim,
      buckets: CLAIM_BUCKETS.map(([label, limit], index) => ({
        label,
        count: toClaim.filter((value) => value < limit && value >= (index === 0 ? 0 : CLAIM_BUCKETS[index - 1]![1])).length,
      })),
    },
    humanFirstResponseSeconds: percentiles(humanFirst),
    resolutionSeconds: percentiles(resolution),
    volumeByHour,
    volumeByWeekday,
    offHoursShare: input.businessHours && total ? offHours / total : null,
    daily: [...daily].map(([date, day]) => ({ date, ...day })).sort((a, b) => a.date.localeCompare(b.date)),
    topCitedArticles: [...cited.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)).slice(0, 10),
    unansweredQuestions: [...unanswered.values()]
      .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime())
      .slice(0, 10)
      .map((question) => ({ text: question.text, count: question.count, lastAskedAt: question.lastAskedAt.toISOString() })),
    timeToAssignmentSeconds: percentiles(timesToAssignment(input.conversations)),
    assignmentsByAgent: assignments.byAgent,
    assignmentsByTeam: assignments.byTeam,
    queueLength: input.range ? queueLengths([...(input.startedEarlier ?? []), ...input.conversations], input.range, input.now) : [],
    confirmedAutomated: confirmedAutomated(automatedIds, input.answerRatings ?? []),
    answersRatedNotHelpful: answersRatedNotHelpful(input.answerRatings ?? [], input.range),
    csat: csatBreakdown(input.conversations, input.names?.agents ?? new Map()),
  };
}
