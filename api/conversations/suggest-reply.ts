import { z } from 'zod';
import type { ConversationTurn } from '../../knowledge';
import type { TimelineEntryDoc } from '../../store/documents';
import { readTimelinePage } from '../../store/timeline';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput, notFound } from '../errors';
import type { MutationSuggestReplyArgs, SuggestedReply } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { canSee } from './conversation-view';
import { draftAnswer } from './suggest-answerer';

const SuggestReplyInput = z.object({ conversationId: z.string().trim().min(1, 'conversationId is required').max(64) });

/** Entries read per page, newest first, while looking for the customer's last message. */
const PAGE = 20;
/** How far back to look: past this many entries the last customer message is no longer "the question". */
const MAX_ENTRIES_SCANNED = 200;
/** Earlier turns the model sees, as the worker gives it. */
const HISTORY_TURNS = 6;

const ROLE_OF: Partial<Record<TimelineEntryDoc['kind'], ConversationTurn['role']>> = { CUSTOMER: 'customer', AI: 'ai', AGENT: 'agent' };

/** The newest entries, oldest first, up to the conversation's last customer message (inclusive) and a few turns before it. */
async function recentEntriesToCustomer(context: BatonContext, conversation: { _id: string; entryIds?: string[] }): Promise<TimelineEntryDoc[]> {
  const read: TimelineEntryDoc[] = [];
  let before: string | null = null;
  while (read.length < MAX_ENTRIES_SCANNED) {
    const page: TimelineEntryDoc[] = await readTimelinePage(context.db, conversation, { first: PAGE, before });
    if (page.length === 0) break;
    read.unshift(...page);
    if (page.some((entry) => entry.kind === 'CUSTOMER') || page.length < PAGE || !conversation.entryIds) break;
    before = page[0]!._id;
  }
  return read;
}

/**
 * A reply to the customer's last message, drafted from the workspace's help centre for an agent
 * to edit; nothing is written to the conversation. When the help centre holds nothing confident
 * the draft is empty (text '', no citations) with the answerer's low confidence, so the inbox can
 * say there was nothing to suggest rather than offer the customer-facing "couldn't find this".
 */
export async function handleSuggestReply({ input, context }: { input: MutationSuggestReplyArgs; context: BatonContext }): Promise<SuggestedReply> {
  const agent = requireUser(context);
  const { conversationId } = parseInput(SuggestReplyInput, input);
  await context.limits.consume('suggestedReply', agent.userId);
  const conversation = await context.db.conversations.findOne({ _id: conversationId }, { projection: { _id: 1, workspaceId: 1, customer: 1, entryIds: 1 } });
  if (!conversation || !canSee(agent, conversation)) throw notFound(`Conversation ${conversationId} does not exist in your workspace.`);

  const entries = await recentEntriesToCustomer(context, conversation);
  const lastCustomer = entries.findLastIndex((entry) => entry.kind === 'CUSTOMER');
  const question = entries[lastCustomer]?.text.trim();
  if (lastCustomer < 0 || !question)
    throw badInput(
      'The customer has not written anything in this conversation yet, so there is no question to draft a reply to; write your own reply, or wait for their message.',
      'conversationId',
    );
  const history = entries
    .slice(0, lastCustomer)
    .flatMap((entry) => (ROLE_OF[entry.kind] ? [{ role: ROLE_OF[entry.kind]!, text: entry.text }] : []))
    .slice(-HISTORY_TURNS);

  const answer = await draftAnswer({ db: context.db, workspaceId: agent.workspaceId, question, history, model: context.model });
  if (answer.abstain) return { text: '', citations: [], confidence: answer.confidence, question };
  return {
    text: answer.answer,
    citations: answer.citations.map(({ title, url }) => ({ title, url: url || null })),
    confidence: answer.confidence,
    question,
  };
}
