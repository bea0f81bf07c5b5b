/**
 * Every side effect the conversation workflow needs. Activities run at least
 * once, so each write is idempotent: timeline entries are keyed by id and the
 * conversation view only moves forward (stepVersion).
 */
import { analyzeCustomerMessage, type MessageAnalysis } from '../machines';
import type { BatonDb } from '../store/database';
import type { ConversationDoc, TimelineEntryDoc } from '../store/documents';
import { insertNewDocuments } from '../store/insert-new-documents';
import { legacyEntryIds, readTimeline } from '../store/timeline';
import type {
  AnalyzeRequest,
  AnswerRequest,
  AnswerResult,
  ConversationStepRecord,
  CustomerMessagePatch,
  HandoffRequest,
  TimelineEntryInput,
} from './activity-types';
import type { PublishConversationChanged } from './inbox-events';
import { routingReportOf, routingChanged, ROUTING_PROJECTION } from './routing-report';
import type { RoutedConversation } from '../machines/routing/routing-types';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { countAssignmentTransitions } from './assignment-metrics';
import { keepAlive } from './keep-alive';
import { currentLogger } from '../telemetry/logger';
import { aiAnswerConfidence, aiAnswerDuration, escalations, slaBreaches } from '../telemetry/metrics';
import {
  answerOffline,
  answerWithModel,
  classifyWithModel,
  summarizeHandoffOffline,
  summarizeHandoffWithModel,
  type HandoffInput,
  type ModelConfig,
} from '../knowledge';

export type ConversationActivityDeps = {
  db: BatonDb;
  knowledge: KnowledgeBase;
  publish: PublishConversationChanged;
  /** Tells the workspace's assignment router that a conversation's routing changed; unset, nobody is told. */
  reportRouting?: (workspaceId: string, report: RoutedConversation) => Promise<void>;
  /** Unset: the offline answerer and detectors. */
  model?: ModelConfig;
  log?: (message: string) => void;
};

const PREVIEW_LENGTH = 140;

export function createConversationActivities(deps: ConversationActivityDeps) {
  const { db, knowledge, publish, model } = deps;
  const log = deps.log ?? ((message: string) => currentLogger().warn(message));

  async function analyzeMessage(request: AnalyzeRequest): Promise<MessageAnalysis> {
    const offline = analyzeCustomerMessage(request.text, request.recentCustomerTexts);
    if (!model) return offline;
    try {
      const judged = await keepAlive(() => classifyWithModel({ text: request.text, history: request.recentCustomerTexts, model }));
      return {
        ...offline,
        asksForHuman: judged.asksForHuman,
        frustration: judged.frustration,
        signals: [...offline.signals, 'model-classified'],
      };
    } catch (error) {
      log(`model classification failed, using the offline detectors: ${(error as Error).message}`);
      return offline;
    }
  }

  /**
   * Timed per attempt: an attempt that is retried spent its time too. Confidence is counted once per step, in recordConversationStep.
   * It heartbeats from its start: embedding the question, or building the index after an import, can take longer than the heartbeat timeout.
   */
  async function answerQuestion(request: AnswerRequest): Promise<AnswerResult> {
    const stopTimer = aiAnswerDuration.startTimer();
    try {
      return await keepAlive(() => makeAnswer(request));
    } finally {
      stopTimer();
    }
  }

  async function makeAnswer(request: AnswerRequest): Promise<AnswerResult> {
    const passages = await knowledge.retrieve(request.workspaceId, request.question, { k: 5, model });
    if (model) {
      try {
        return await answerWithModel({ question: request.question, passages, history: request.history, model });
      } catch (error) {
        log(`model answer failed, using the offline answerer: ${(error as Error).message}`);
      }
    }
    return answerOffline(request.question, passages);
  }

  return {
    async recordConversationStep(step: ConversationStepRecord): Promise<void> {
      // Every read and write here is by `_id` alone: the one filter the local FerretDB serves from
      // an index (store/timeline.ts). The version check is a read, not an update filter, for that reason.
      const stored = await db.conversations.findOne(
        { _id: step.conversationId },
        { projection: { stepVersion: 1, entryIds: 1, waitingSince: 1, ...ROUTING_PROJECTION } },
      );
      const entries = step.entries.map((entry) => toTimelineEntryDoc(step, entry));
      if (stored && stored.stepVersion >= step.stepVersion) {
        // A retry of a step that landed (or a late one overtaken by a newer step): the view stays as it
        // is; its entries are inserted again in case they did not land with it (ids make that a no-op).
        await insertNewDocuments(db.messages, entries);
        // The report may not have gone out before the retry: the router keeps the newest step's, so again is harmless.
        if (step.transitions.length > 0) await deps.reportRouting?.(step.workspaceId, routingReportOf(step));
        await publish({ conversationId: step.conversationId, workspaceId: step.workspaceId, changes: step.changes });
        return;
      }
      const inThisStep = new Map(entries.map((entry) => [entry._id, entry]));
      const laterPatches: CustomerMessagePatch[] = [];
      for (const patch of step.messagePatches) {
        const entry = inThisStep.get(patch.id);
        if (entry) Object.assign(entry, patchFields(patch));
        else laterPatches.push(patch);
      }
      await insertNewDocuments(db.messages, entries);
      if (laterPatches.length > 0) {
        await db.messages.bulkWrite(
          laterPatches.map((patch) => ({ updateOne: { filter: { _id: patch.id }, update: { $set: patchFields(patch) } } })),
          { ordered: true },
        );
      }

      const at = new Date(step.at);
      // When the current wait for a person began: a requeue starts a new one, though the escalation is the first's.
      const waitBegan = [...step.transitions].reverse().find((transition) => transition.status === 'AWAITING_HUMAN' && transition.from !== transition.to)?.at;
      const waitingSince = waitBegan ? new Date(waitBegan) : (stored?.waitingSince ?? (step.view.escalation ? new Date(step.view.escalation.at) : null));
      // The inbox list previews what people said, not the system's own lines.
      const lastVisible = [...step.entries].reverse().find((entry) => entry.kind === 'CUSTOMER' || entry.kind === 'AI' || entry.kind === 'AGENT');
      const { view } = step;
      const newIds = entries.map((entry) => entry._id);
      // A conversation stored before entryIds existed gets the whole list once (its entries, this step's included).
      const legacy = stored !== null && stored.entryIds === undefined;
      const set: Partial<ConversationDoc> = {
        status: view.status,
        stateId: view.stateId,
        priority: view.priority,
        assignee: view.assignee,
        teamId: view.team ?? null,
        agentReplied: view.agentReplied ?? false,
        requeuedFrom: view.requeuedFrom ?? null,
        waitingSince: view.status === 'AWAITING_HUMAN' ? waitingSince : null,
        flowVersion: step.flowVersion,
        updatedAt: at,
        stepVersion: step.stepVersion,
        escalation: view.escalation
          ? { reason: view.escalation.reason, trigger: view.escalation.triggerId, at: new Date(view.escalation.at), summary: step.escalationSummary }
          : null,
        ...(legacy ? { entryIds: await legacyEntryIds(db, step.conversationId) } : {}),
        ...(step.contactEmail ? { 'customer.email': step.contactEmail } : {}),
        ...(lastVisible ? { lastMessageAt: new Date(lastVisible.at), lastMessagePreview: lastVisible.text.slice(0, PREVIEW_LENGTH) } : {}),
      };
      await db.conversations.updateOne(
        { _id: step.conversationId },
        {
          $set: set,
          ...(!legacy && newIds.length > 0 ? { $addToSet: { entryIds: { $each: newIds } } } : {}),
          ...(step.transitions.length > 0
            ? { $push: { transitions: { $each: step.transitions.map((transition) => ({ ...transition, at: new Date(transition.at) })) } } }
            : {}),
          $setOnInsert: {
            workspaceId: step.workspaceId,
            'customer.sessionId': step.customer.sessionId,
            createdAt: at,
          },
        },
        { upsert: true },
      );
      // Before the inbox hears of it: an automatic assignment follows the escalation as closely as it can.
      const routing = routingReportOf(step);
      if (routingChanged(stored, routing)) await deps.reportRouting?.(step.workspaceId, routing);
      // Counted once the step's write lands and never again: a retry of this step finds it stored above.
      countStep(step, waitingSince);
      await publish({ conversationId: step.conversationId, workspaceId: step.workspaceId, changes: step.changes });
    },

    /** Offline analysis and answers are made in this process's memory in milliseconds; a model's take seconds over the network. */
    async answererKind(): Promise<'offline' | 'model'> {
      return model ? 'model' : 'offline';
    },

    analyzeMessage,

    /**
     * The analysis and answer of one message, together: offline both work in this process's memory,
     * so the workflow asks once (a local activity) and uses the answer only if its flow answers.
     */
    async analyzeAndAnswer(request: AnalyzeRequest): Promise<{ analysis: MessageAnalysis; answer: AnswerResult }> {
      const history = request.recentCustomerTexts.map((text) => ({ role: 'customer' as const, text }));
      const [analysis, answer] = await Promise.all([
        analyzeMessage(request),
        answerQuestion({ workspaceId: request.workspaceId, question: request.text, history }),
      ]);
      return { analysis, answer };
    },

    answerQuestion,

    /** Writes the agent's handoff summary from the timeline so far; the workflow stores it with the escalation. */
    summarizeHandoff: (request: HandoffRequest): Promise<string> => keepAlive(() => summarizeHandoff(request)),
  };

  /** Heartbeats from its start (summarizeHandoff above): reading a long timeline counts against the heartbeat timeout too. */
  async function summarizeHandoff(request: HandoffRequest): Promise<string> {
    const conversation = await db.conversations.findOne({ _id: request.conversationId }, { projection: { entryIds: 1 } });
    const entries = await readTimeline(db, conversation ?? { _id: request.conversationId });
    const input: HandoffInput = {
      timeline: entries.map((entry) => ({
        kind: entry.kind,
        text: entry.text,
        citations: (entry.citations ?? []).map((citation) => ({ ...citation, url: citation.url ?? '' })),
        confidence: entry.confidence,
      })),
      escalation: { reason: request.reason, triggerLabel: request.triggerLabel },
    };
    const summary = model ? await summarizeHandoffWithModel({ ...input, model }) : summarizeHandoffOffline(input);
    return summary.text;
  }
}

/** Escalations by trigger type, SLA breaches, and the confidence of every answer the workflow weighed (sent or abstained), of one step. */
function countStep(step: ConversationStepRecord, waitingSince: Date | null): void {
  for (const transition of step.transitions) {
    // A self-loop while waiting (an SLA reminder raising the priority) is not a new escalation, nor is a
    // requeue: the conversation goes back to the queue, not to people anew (insights count them alike).
    const escalated = transition.status === 'AWAITING_HUMAN' && transition.from !== transition.to && transition.triggerType !== 'agent_no_reply';
    if (escalated) escalations.inc({ trigger: transition.triggerType ?? 'unknown' });
  }
  const escalatedNow = step.transitions.some((transition) => transition.status === 'AWAITING_HUMAN');
  // Still waiting, no new escalation and no handoff summary (which notifies too), yet the agents are
  // notified again: the flow's SLA timer fired with nobody having claimed the conversation.
  const reminded = step.changes.includes('notify') && !step.changes.includes('summary');
  if (step.view.status === 'AWAITING_HUMAN' && !escalatedNow && reminded) slaBreaches.inc();
  // Assignments, requeues and time to assignment; the escalation's time is when the wait began.
  countAssignmentTransitions(step.transitions, waitingSince);
  for (const patch of step.messagePatches) if (patch.answer) aiAnswerConfidence.observe(Math.min(1, Math.max(0, patch.answer.confidence)));
  const escalated = step.transitions.find((transition) => transition.status === 'AWAITING_HUMAN' && transition.from !== transition.to);
  currentLogger().debug(
    {
      status: step.view.status,
      stepVersion: step.stepVersion,
      entries: step.entries.length,
      changes: step.changes,
      escalatedBy: escalated?.triggerType ?? undefined,
    },
    'conversation step recorded',
  );
}

function toTimelineEntryDoc(step: ConversationStepRecord, entry: TimelineEntryInput): TimelineEntryDoc {
  return {
    _id: entry.id,
    conversationId: step.conversationId,
    workspaceId: step.workspaceId,
    seq: entry.seq,
    at: new Date(entry.at),
    kind: entry.kind,
    text: entry.text,
    authorId: entry.authorId ?? null,
    authorName: entry.authorName ?? null,
    citations: entry.citations ?? [],
    confidence: entry.confidence ?? null,
    ...(entry.action ? { action: entry.action } : {}),
  };
}

function patchFields(patch: CustomerMessagePatch): Partial<TimelineEntryDoc> {
  return { ...(patch.analysis ? { analysis: patch.analysis } : {}), ...(patch.answer ? { answer: patch.answer } : {}) };
}

export type ConversationActivities = ReturnType<typeof createConversationActivities>;
