import type { BatonDb } from './database';
import type { CustomerPresenceDoc } from './documents';
import { isDuplicateKey } from './duplicate-key';

/**
 * The customer's widget on a conversation lives in a document of its own, written only by the API,
 * not in the conversation, which the workflow's step writes. A MongoDB-compatible server that applies
 * an update as read, modify, write back (FerretDB 1.x) keeps one of two updates that race on a document:
 * a presence report landing during a step took the step's new timeline entries with it, for good.
 */

export type CustomerPresence = Omit<CustomerPresenceDoc, '_id' | 'workspaceId'>;

export type PresenceChange = Partial<Pick<CustomerPresence, 'seenAt' | 'leftAt' | 'seenEntryId'>>;

/**
 * What is stored for the conversation, in one read. `legacy` is the conversation's own field, where
 * a conversation last reported on before this collection existed keeps it; callers hold the
 * conversation already, so the fallback costs no second read.
 */
export async function readCustomerPresence(db: BatonDb, conversationId: string, legacy: CustomerPresence | null | undefined): Promise<CustomerPresence | null> {
  return (await db.customerPresence.findOne({ _id: conversationId }, { projection: { _id: 0, workspaceId: 0 } })) ?? legacy ?? null;
}

/**
 * Writes `change`. With `ifSeenEntryId` (undefined: unconditional) it lands only while the stored
 * seenEntryId is still that one (null: none yet), so two reports racing to move it cannot move it back;
 * resolves false when it did not land.
 */
export async function writeCustomerPresence(
  db: BatonDb,
  conversation: { id: string; workspaceId: string },
  change: PresenceChange,
  ifSeenEntryId?: string | null,
): Promise<boolean> {
  const filter = { _id: conversation.id, ...(ifSeenEntryId === undefined ? {} : { seenEntryId: ifSeenEntryId }) };
  const update = { $set: { ...change, workspaceId: conversation.workspaceId } };
  try {
    const written = await db.customerPresence.updateOne(filter, update, { upsert: true });
    return written.matchedCount + written.upsertedCount > 0;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // Conditional: the document exists with another seenEntryId, so the upsert tried a second one with this _id.
    if (ifSeenEntryId !== undefined) return false;
    // Two first reports raced to insert the document; it exists now.
    return (await db.customerPresence.updateOne(filter, update)).matchedCount > 0;
  }
}
