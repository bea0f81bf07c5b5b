/**
 * Every side effect the conversation workflow needs. Activities run at least
 * once, so each write is idempotent: timeline entries are keyed by id and the
 * conversation view only moves forward (stepVersion).
 */
import { MongoBulkWriteError, MongoServerError, type AnyBulkWriteOperation } from 'mongodb';
import { analyzeCustomerMessage, type MessageAnalysis } from '../machines';
import type { BatonDb } from '../store/database';
import type { ConversationDoc, TimelineEntryDoc } from '../store/documents';
import type { AnalyzeRequest, AnswerRequest, AnswerResult, ConversationStepRecord, HandoffRequest } from './activity-types';
import type { PublishConversationChanged } from './inbox-events';
import type { KnowledgeBase } from './knowledge-base';
import { keepAlive } from './keep-alive';
import {
  answerOffline,
  answerWithModel,
  classifyWithModel,
  summarizeHandoffOffline,
  summarizeHandoffWithModel,
  type HandoffInput,
  type ModelConfig,
} from './knowledge';

export type ConversationActivityDeps = {
  db: BatonDb;
  knowledge: KnowledgeBase;
  publish: PublishConversationChanged;
  /** Unset: the offline answerer and detectors. */
  model?: ModelConfig;
  log?: (message: string) => void;
};

const PREVIEW_LENGTH = 140;

export function createConversationActivities(deps: ConversationActivityDeps) {
  const { db, knowledge, publish, model } = deps;
  const log = deps.log ?? (() => undefined);

  return {
    async recordConversationStep(step: ConversationStepRecord): Promise<void> {
      const at = new Date(step.at);
      // Inserted (not upserted with $setOnInsert: FerretDB 1.24 drops empty arrays and nulls there);
      // a retried step hits the ids it already wrote, and those duplicate-key errors are the idempotency.
      const entries: TimelineEntryDoc[] = step.entries.map((entry) => ({
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
      }));
      if (entries.length > 0) await insertIgnoringDuplicates(db, entries);
      const patches: AnyBulkWriteOperation<TimelineEntryDoc>[] = step.messagePatches.map((patch) => ({
        updateOne: {
          filter: { _id: patch.id },
          update: { $set: { ...(patch.analysis ? { analysis: patch.analysis } : {}), ...(patch.answer ? { answer: patch.answer } : {}) } },
        },
      }));
      if (patches.length > 0) await db.messages.bulkWrite(patches, { ordered: true });

      // The inbox list previews what people said, not the system's own lines.
      const lastVisible = [...step.entries].reverse().find((entry) => entry.kind === 'CUSTOMER' || entry.kind === 'AI' || entry.kind === 'AGENT');
      const { view } = step;
      const set: Partial<ConversationDoc> = {
        status: view.status,
        stateId: view.stateId,
        priority: view.priority,
        assignee: view.assignee,
        flowVersion: step.flowVersion,
        updatedAt: at,
        stepVersion: step.stepVersion,
        ...(step.contactEmail ? { 'customer.email': step.contactEmail } : {}),
        ...(lastVisible ? { lastMessageAt: new Date(lastVisible.at), lastMessagePreview: lastVisible.text.slice(0, PREVIEW_LENGTH) } : {}),
      };
      const escalation = view.escalation
        ? { reason: view.escalation.reason, trigger: view.escalation.triggerId, at: new Date(view.escalation.at), summary: step.escalationSummary }
        : null;
      try {
        await db.conversations.updateOne(
          { _id: step.conversationId, $or: [{ stepVersion: { $lt: step.stepVersion } }, { stepVersion: { $exists: false } }] },
          {
            $set: { ...set, escalation },
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
      } catch (error) {
        // The filter missed because a newer step is already stored, and the upsert hit the existing id: nothing to do.
        if (!(error instanceof MongoServerError && error.code === 11000)) throw error;
      }
      await publish({ conversationId: step.conversationId, workspaceId: step.workspaceId, changes: step.changes });
    },

    async analyzeMessage(request: AnalyzeRequest): Promise<MessageAnalysis> {
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
    },

    async answerQuestion(request: AnswerRequest): Promise<AnswerResult> {
      const passages = await knowledge.retrieve(request.workspaceId, request.question, { k: 5, model });
      if (model) {
        try {
          return await keepAlive(() => answerWithModel({ question: request.question, passages, history: request.history, model }));
        } catch (error) {
          log(`model answer failed, using the offline answerer: ${(error as Error).message}`);
        }
      }
      return answerOffline(request.question, passages);
    },

    /** Writes the agent's handoff summary from the timeline so far; the workflow stores it with the escalation. */
    async summarizeHandoff(request: HandoffRequest): Promise<string> {
      const entries = await db.messages.find({ conversationId: request.conversationId }).sort({ seq: 1 }).toArray();
      const input: HandoffInput = {
        timeline: entries.map((entry) => ({
          kind: entry.kind,
          text: entry.text,
          citations: (entry.citations ?? []).map((citation) => ({ ...citation, url: citation.url ?? '' })),
          confidence: entry.confidence,
        })),
        escalation: { reason: request.reason, triggerLabel: request.triggerLabel },
      };
      const summary = model ? await keepAlive(() => summarizeHandoffWithModel({ ...input, model })) : summarizeHandoffOffline(input);
      return summary.text;
    },
  };
}

async function insertIgnoringDuplicates(db: BatonDb, entries: TimelineEntryDoc[]): Promise<void> {
  try {
    await db.messages.insertMany(entries, { ordered: false });
  } catch (error) {
    const writeErrors = error instanceof MongoBulkWriteError ? error.writeErrors : null;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : null;
    if (!list || list.some((writeError) => writeError.code !== 11000)) throw error;
  }
}

export type ConversationActivities = ReturnType<typeof createConversationActivities>;
