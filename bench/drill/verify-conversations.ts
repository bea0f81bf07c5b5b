import type { Client } from '@temporalio/client';
import type { BatonDb } from '../../store/database';
import type { TimelineEntryDoc } from '../../store/documents';
import { conversationStateQuery, conversationWorkflowId } from '../../workflows/conversation-definitions';
import type { DrillCustomer } from './drill-customer';

export type ConversationVerdict = {
  conversationId: string;
  kind: DrillCustomer['kind'];
  sent: number;
  /** Messages the customer sent (and the API confirmed) that the stored timeline lacks. */
  lost: number;
  /** Customer messages stored more often than sent, and AI replies beyond one per question. */
  duplicated: number;
  /** Questions with no AI reply after them in the stored timeline. */
  unanswered: number;
  /** seq numbers not 1..n. */
  seqProblems: number;
  expectedStatus: string;
  storedStatus: string;
  workflowStatus: string;
  /** The widget's entries are exactly the stored visible timeline, in order. */
  caughtUp: boolean;
  /** The widget's subscription opened again after a fault. */
  reconnected: boolean;
  problems: string[];
};

/**
 * Compares each conversation's stored timeline (MongoDB `messages` by conversationId, ordered by
 * seq) with what its simulated customer sent and received, and its state in the read model and in
 * the workflow with what the customer's story should have led to.
 */
export async function verifyConversations(options: {
  db: BatonDb;
  temporal: Client;
  customers: Pick<DrillCustomer, 'kind' | 'customer'>[];
  agentName: string;
}): Promise<ConversationVerdict[]> {
  const verdicts: ConversationVerdict[] = [];
  for (const { kind, customer } of options.customers) {
    const conversationId = customer.conversationId;
    if (!conversationId) continue;
    const stored = await options.db.messages.find({ conversationId }).sort({ seq: 1 }).toArray();
    const problems: string[] = [];

    const seqProblems = stored.filter((entry, index) => entry.seq !== index + 1).length;
    if (seqProblems > 0) problems.push(`seq is not 1..${stored.length}: ${stored.map((entry) => entry.seq).join(',')}`);

    const acknowledged = customer.sent.filter((message) => message.ackAt !== undefined).map((message) => message.text);
    const storedCustomerTexts = stored.filter((entry) => entry.kind === 'CUSTOMER').map((entry) => entry.text);
    const { missing, extra } = compareCounts(acknowledged, storedCustomerTexts);
    if (missing > 0) problems.push(`${missing} sent message(s) missing from the timeline`);
    if (extra > 0) problems.push(`${extra} customer message(s) stored more than once`);
    if (missing === 0 && extra === 0 && acknowledged.join('\n') !== storedCustomerTexts.join('\n')) problems.push('customer messages stored out of order');

    const { unanswered, extraReplies } = kind === 'questioner' ? countReplies(stored) : { unanswered: 0, extraReplies: 0 };
    if (unanswered > 0) problems.push(`${unanswered} question(s) without an AI reply`);
    if (extraReplies > 0) problems.push(`${extraReplies} AI repl(ies) beyond one per question`);

    const conversation = await options.db.conversations.findOne({ _id: conversationId });
    const storedStatus = conversation?.status ?? '(none)';
    const workflowStatus = await options.temporal.workflow
      .getHandle(conversationWorkflowId(conversationId))
      .query(conversationStateQuery)
      .then((state) => state.view.status as string)
      .catch((error: Error) => `(query failed: ${error.message})`);
    const expectedStatus = kind === 'questioner' ? 'AI_ANSWERING' : 'HUMAN_ACTIVE';
    if (storedStatus !== expectedStatus) problems.push(`stored status ${storedStatus}, expected ${expectedStatus}`);
    if (workflowStatus !== expectedStatus) problems.push(`workflow status ${workflowStatus}, expected ${expectedStatus}`);
    if (kind === 'escalator' && conversation?.assignee?.name !== options.agentName)
      problems.push(`assignee ${conversation?.assignee?.name ?? 'none'}, expected ${options.agentName}`);

    const visible = stored.filter((entry) => entry.kind !== 'NOTE').map((entry) => entry._id);
    const seen = customer.entries.map((entry) => entry.id);
    const caughtUp = visible.join('\n') === seen.join('\n');
    if (!caughtUp) problems.push(`widget shows ${seen.length} entries, the timeline has ${visible.length} visible (${describeDifference(seen, visible)})`);

    if (problems.length > 0) problems.push(await describeWorkflow(options.temporal, conversationId));
    verdicts.push({
      conversationId,
      kind,
      sent: acknowledged.length,
      lost: missing,
      duplicated: extra + extraReplies,
      unanswered,
      seqProblems,
      expectedStatus,
      storedStatus,
      workflowStatus,
      caughtUp,
      reconnected: customer.stats.reconnects > 0,
      problems,
    });
  }
  return verdicts;
}

/** How many of `expected` are missing from `actual`, and how many of `actual` are extra, counting repeats. */
function compareCounts(expected: string[], actual: string[]): { missing: number; extra: number } {
  const counts = new Map<string, number>();
  for (const text of expected) counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const text of actual) counts.set(text, (counts.get(text) ?? 0) - 1);
  let missing = 0;
  let extra = 0;
  for (const count of counts.values()) {
    if (count > 0) missing += count;
    if (count < 0) extra -= count;
  }
  return { missing, extra };
}

/**
 * Each customer question should be followed by exactly one AI reply before the next question.
 * A gap in seq is an entry that never reached the timeline (counted as lost above); the reply
 * after it answers that missing question, so it is not counted as an extra reply.
 */
function countReplies(stored: TimelineEntryDoc[]): { unanswered: number; extraReplies: number } {
  let unanswered = 0;
  let extraReplies = 0;
  let repliesSinceQuestion = -1;
  let previousSeq = 0;
  for (const entry of stored) {
    const afterGap = entry.seq > previousSeq + 1;
    previousSeq = entry.seq;
    if (afterGap && entry.kind === 'AI') {
      repliesSinceQuestion = 1;
      continue;
    }
    if (entry.kind === 'CUSTOMER') {
      if (repliesSinceQuestion === 0) unanswered += 1;
      repliesSinceQuestion = 0;
    } else if (entry.kind === 'AI' && repliesSinceQuestion >= 0) {
      repliesSinceQuestion += 1;
      if (repliesSinceQuestion > 1) extraReplies += 1;
    }
  }
  if (repliesSinceQuestion === 0) unanswered += 1;
  return { unanswered, extraReplies };
}

function describeDifference(seen: string[], stored: string[]): string {
  const index = seen.findIndex((id, position) => stored[position] !== id);
  const at = index < 0 ? Math.min(seen.length, stored.length) : index;
  return `first difference at position ${at + 1}: widget ${seen[at] ?? '(nothing)'}, stored ${stored[at] ?? '(nothing)'}`;
}

/** What the workflow is waiting on, to tell a stuck activity from a lost event when a conversation is wrong. */
async function describeWorkflow(temporal: Client, conversationId: string): Promise<string> {
  try {
    const description = await temporal.workflow.getHandle(conversationWorkflowId(conversationId)).describe();
    const pending = (description.raw.pendingActivities ?? []).map(
      (activity) =>
        `${activity.activityType?.name} attempt ${activity.attempt}${activity.lastFailure?.message ? ` (last failure: ${activity.lastFailure.message})` : ''}`,
    );
    return `workflow ${description.status.name}, ${description.historyLength} events, pending activities: ${pending.join(', ') || 'none'}`;
  } catch (error) {
    return `workflow could not be described: ${(error as Error).message}`;
  }
}
