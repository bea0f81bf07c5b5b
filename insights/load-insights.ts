/** Reads what insights need from the read model (MongoDB), in a few queries. */
import { conversationOutcome, type MessageAnalysis, type RecordedConversation, type RecordedTurn, type TriggerType } from '../machines';
import type { BatonDb } from '../store/database';
import type { ConversationDoc } from '../store/documents';
import type { MetricsInput } from './conversation-metrics';

const HUMAN_STATUSES = new Set(['AWAITING_HUMAN', 'HUMAN_ACTIVE']);

/** Conversations whose entries one query asks for: keeps each query document small and lets MongoDB use its conversationId index. */
const METRICS_BATCH = 1000;

type MetricsEntry = MetricsInput['entries'][number];

/**
 * What the metrics need of the conversations started in `range`, read in a bounded way. Of the
 * timeline, computeMetrics reads only: each conversation's first customer message and first AI
 * answer (times), the agents' replies (times), the articles AI answers cited (counts) and the
 * customer questions the help centre could not answer (text). Those facts are all that is kept:
 * the entries stream through projected to the fields they need, and only the unanswered
 * questions are read with their text. FerretDB 1.24's $group has $sum and $count but no $min,
 * $max, $first or $push (bench/experiments/timeline-page-read.ts), so the first times cannot be
 * aggregated there, and since every FerretDB query reads the whole collection, the citations are
 * counted in the same pass rather than by another $group.
 */
export async function loadMetricsInput(db: BatonDb, workspaceId: string, range: { from: Date; to: Date }): Promise<MetricsInput> {
  const [workspace, conversations, answerRatings] = await Promise.all([
    db.workspaces.findOne({ _id: workspaceId }, { projection: { 'settings.businessHours': 1 } }),
    db.conversations
      .find({ workspaceId, createdAt: { $gte: range.from, $lt: range.to } }, { projection: { _id: 1, createdAt: 1, transitions: 1, csat: 1 } })
      .toArray(),
    // Ratings come after the conversation they rate: those of the range's conversations are given since it began.
    db.answerRatings
      .find({ workspaceId, at: { $gte: range.from } }, { projection: { _id: 0, conversationId: 1, helpful: 1, answerText: 1, citations: 1, at: 1 } })
      .toArray(),
  ]);
  const firsts = new Map<string, { CUSTOMER?: Date; AI?: Date }>();
  const agentReplies: MetricsEntry[] = [];
  const unanswered: MetricsEntry[] = [];
  const cited = new Map<string, { citation: { title: string; url: string | null }; count: number }>();
  for (let from = 0; from < conversations.length; from += METRICS_BATCH) {
    const ids = conversations.slice(from, from + METRICS_BATCH).map((conversation) => conversation._id);
    const entries = db.messages.find(
      { conversationId: { $in: ids }, kind: { $in: ['CUSTOMER', 'AI', 'AGENT'] } },
      { projection: { _id: 0, conversationId: 1, kind: 1, at: 1, 'citations.title': 1, 'citations.url': 1 } },
    );
    for await (const entry of entries) {
      if (entry.kind === 'AGENT') {
        agentReplies.push({ conversationId: entry.conversationId, kind: 'AGENT', at: entry.at, text: '', citations: [] });
        continue;
      }
      const first = firsts.get(entry.conversationId) ?? {};
      const kind = entry.kind as 'CUSTOMER' | 'AI';
      if (!first[kind] || entry.at < first[kind]) first[kind] = entry.at;
      firsts.set(entry.conversationId, first);
      for (const citation of entry.kind === 'AI' ? (entry.citations ?? []) : []) {
        const key = JSON.stringify([citation.title, citation.url ?? null]);
        const seen = cited.get(key) ?? { citation: { title: citation.title, url: citation.url ?? null }, count: 0 };
        seen.count += 1;
        cited.set(key, seen);
      }
    }
    const questions = await db.messages
      .find(
        { conversationId: { $in: ids }, kind: 'CUSTOMER', 'answer.abstain': true },
        { projection: { _id: 0, conversationId: 1, kind: 1, at: 1, text: 1, answer: 1 } },
      )
      .toArray();
    unanswered.push(...questions);
  }
  const entries: MetricsEntry[] = [...agentReplies, ...unanswered];
  for (const [conversationId, first] of firsts) {
    if (first.CUSTOMER) entries.push({ conversationId, kind: 'CUSTOMER', at: first.CUSTOMER, text: '', citations: [] });
    if (first.AI) entries.push({ conversationId, kind: 'AI', at: first.AI, text: '', citations: [] });
  }
  // The citations, counted, as one AI entry of no conversation: computeMetrics counts citations over all entries.
  const citations = [...cited.values()].flatMap(({ citation, count }) => Array.from({ length: count }, () => ({ articleId: '', ...citation })));
  if (citations.length > 0) entries.push({ conversationId: '', kind: 'AI', at: range.from, text: '', citations });
  const [names, startedEarlier] = await Promise.all([loadAssignmentNames(db, workspaceId, conversations), loadStartedEarlier(db, workspaceId, range.from)]);
  return { conversations, entries, businessHours: workspace?.settings?.businessHours ?? null, names, startedEarlier, answerRatings };
}

/**
 * Conversations started before the range that may have waited for a person in it, for the queue
 * length: those still waiting, and those changed since the range began (a wait that ended in the
 * range ended with a change). Only their transitions are read.
 */
function loadStartedEarlier(db: BatonDb, workspaceId: string, from: Date): Promise<Pick<ConversationDoc, 'transitions'>[]> {
  return db.conversations
    .find(
      { workspaceId, createdAt: { $lt: from }, $or: [{ status: 'AWAITING_HUMAN' }, { updatedAt: { $gte: from } }] },
      { projection: { _id: 0, transitions: 1 } },
    )
    .toArray();
}

/** The names of the agents and teams the conversations' transitions name, for the assignment counts' labels. */
async function loadAssignmentNames(
  db: BatonDb,
  workspaceId: string,
  conversations: Pick<ConversationDoc, 'transitions' | 'csat'>[],
): Promise<NonNullable<MetricsInput['names']>> {
  const agentIds = new Set<string>();
  const teamIds = new Set<string>();
  for (const transition of conversations.flatMap((conversation) => conversation.transitions ?? [])) {
    if (transition.agentId) agentIds.add(transition.agentId);
    if (transition.teamId) teamIds.add(transition.teamId);
  }
  // CSAT is by the agent who held the conversation last.
  for (const conversation of conversations) if (conversation.csat?.agentId) agentIds.add(conversation.csat.agentId);
  const [users, teams] = await Promise.all([
    agentIds.size > 0 ? db.users.find({ _id: { $in: [...agentIds] }, workspaceId }, { projection: { _id: 1, name: 1 } }).toArray() : [],
    teamIds.size > 0 ? db.teams.find({ _id: { $in: [...teamIds] }, workspaceId }, { projection: { _id: 1, name: 1 } }).toArray() : [],
  ]);
  return { agents: new Map(users.map((user) => [user._id, user.name])), teams: new Map(teams.map((team) => [team._id, team.name])) };
}

/** The first time people took over: an escalation by a trigger, or an agent stepping in. */
function firstHandoff(conversation: Pick<ConversationDoc, 'transitions'>) {
  return (
    [...(conversation.transitions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime()).find((transition) => HUMAN_STATUSES.has(transition.status)) ?? null
  );
}

/**
 * Past conversations as a backtest replays them: the customer's turns up to the first handoff,
 * with the analysis and answer confidence recorded at the time, and what actually happened.
 */
export async function loadRecordedConversations(
  db: BatonDb,
  workspaceId: string,
  options: { since?: Date; limit?: number } = {},
): Promise<RecordedConversation[]> {
  const conversations = await db.conversations
    .find({ workspaceId, ...(options.since ? { createdAt: { $gte: options.since } } : {}) }, { projection: { _id: 1, transitions: 1, createdAt: 1 } })
    .sort({ createdAt: -1 })
    .limit(options.limit ?? 1000)
    .toArray();
  if (conversations.length === 0) return [];
  const entries = await db.messages
    .find(
      { conversationId: { $in: conversations.map((conversation) => conversation._id) }, kind: { $in: ['CUSTOMER', 'SYSTEM', 'AGENT'] } },
      { projection: { conversationId: 1, seq: 1, at: 1, kind: 1, text: 1, analysis: 1, answer: 1, action: 1 } },
    )
    .toArray();
  const byConversation = new Map<string, typeof entries>();
  const agentReplied = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'AGENT') {
      agentReplied.add(entry.conversationId);
      continue;
    }
    if (entry.kind === 'SYSTEM' && !entry.action) continue;
    const list = byConversation.get(entry.conversationId) ?? [];
    list.push(entry);
    byConversation.set(entry.conversationId, list);
  }
  return conversations.map((conversation) => {
    const handoff = firstHandoff(conversation);
    const turns: RecordedTurn[] = (byConversation.get(conversation._id) ?? [])
      .sort((a, b) => a.seq - b.seq)
      .map((entry): RecordedTurn =>
        entry.kind === 'SYSTEM'
          ? { kind: 'action', action: entry.action!, at: entry.at.toISOString() }
          : {
              kind: 'message',
              messageId: entry._id,
              text: entry.text,
              at: entry.at.toISOString(),
              analysis: (entry.analysis as MessageAnalysis | undefined) ?? null,
              answer: entry.answer ?? null,
            },
      );
    // The turn that caused the handoff is the last one recorded before it; later turns were people's.
    const cut = handoff ? turns.filter((turn) => new Date(turn.at) <= handoff.at).length : turns.length;
    const kept = turns.slice(0, Math.max(cut, handoff ? 1 : 0));
    const byTrigger = handoff && handoff.triggerType && handoff.triggerType !== 'agent_claim';
    return {
      conversationId: conversation._id,
      turns: kept,
      actual: byTrigger ? { turn: kept.length - 1, reason: handoff.triggerType as TriggerType, triggerId: handoff.triggerId ?? '' } : null,
      outcome: conversationOutcome(conversation.transitions ?? [], agentReplied.has(conversation._id)),
    };
  });
}
