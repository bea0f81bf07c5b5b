import { answerOffline, answerWithModel, type AiAnswer, type ConversationTurn, type ModelConfig } from '../../knowledge';
import { KnowledgeBase } from '../../knowledge/knowledge-base';
import type { BatonDb } from '../../store/database';
import { currentLogger } from '../../telemetry/logger';

/**
 * One knowledge base per database connection: it keeps each workspace's retrieval index in
 * memory and rebuilds it when the workspace's knowledgeVersion changes, as the worker's does,
 * so a suggestion costs one index build per ingest rather than one per request.
 */
const knowledgeBases = new WeakMap<BatonDb, KnowledgeBase>();

function knowledgeBaseOf(db: BatonDb): KnowledgeBase {
  let knowledge = knowledgeBases.get(db);
  if (!knowledge) {
    knowledge = new KnowledgeBase(db);
    knowledgeBases.set(db, knowledge);
  }
  return knowledge;
}

/**
 * The answer the AI would give the customer, made the way the worker makes it: the model over
 * the retrieved passages when one is configured (the question only ever goes to it as data in a
 * delimited block), and the offline answerer otherwise or when the model call fails.
 */
export async function draftAnswer(request: {
  db: BatonDb;
  workspaceId: string;
  question: string;
  history: ConversationTurn[];
  model: ModelConfig | undefined;
}): Promise<AiAnswer> {
  const { question, model } = request;
  const passages = await knowledgeBaseOf(request.db).retrieve(request.workspaceId, question, { k: 5, model });
  if (model) {
    try {
      return await answerWithModel({ question, passages, history: request.history, model });
    } catch (error) {
      currentLogger().warn(`model answer for a suggested reply failed, using the offline answerer: ${(error as Error).message}`);
    }
  }
  return answerOffline(question, passages);
}
