import type { GraphQLResolveInfo } from 'graphql';
import type { BatonContext } from '../context';
import type { TimelineEntryResolvers } from '../schema/generated/resolvers-types';

/**
 * What one request (or one subscription event) has read: the answers' ratings by entry id. A subscription keeps its context across events, so its
 * reads are kept per event (the event is the operation's root value) and a later event sees new ratings.
 */
type Reads = {
  helpful: Map<string, Promise<boolean | null>>;
  /** Entry ids asked for in this tick, read together when the tick ends. */
  pending: Map<string, (helpful: boolean | null) => void> | null;
};
const readsByOperation = new WeakMap<object, Reads>();

function readsOf(context: BatonContext, info: GraphQLResolveInfo): Reads {
  const root: unknown = info.rootValue;
  const key = info.operation.operation === 'subscription' && typeof root === 'object' && root !== null ? root : context;
  let reads = readsByOperation.get(key);
  if (!reads) {
    reads = { helpful: new Map(), pending: null };
    readsByOperation.set(key, reads);
  }
  return reads;
}

/**
 * The customer's rating of an AI entry. A timeline's entries resolve in one tick, so their ids are
 * collected and read in one query when the tick ends: one read per timeline, not one per entry.
 */
function helpfulOf(entryId: string, context: BatonContext, info: GraphQLResolveInfo): Promise<boolean | null> {
  const reads = readsOf(context, info);
  const known = reads.helpful.get(entryId);
  if (known) return known;
  if (!reads.pending) {
    const pending = new Map<string, (helpful: boolean | null) => void>();
    reads.pending = pending;
    const workspaceId = context.principal?.workspaceId ?? '';
    queueMicrotask(() => {
      reads.pending = null;
      context.db.answerRatings
        .find({ workspaceId, entryId: { $in: [...pending.keys()] } }, { projection: { entryId: 1, helpful: 1 } })
        .toArray()
        .then(
          (ratings) => {
            const byEntry = new Map(ratings.map((rating) => [rating.entryId, rating.helpful]));
            for (const [id, settle] of pending) settle(byEntry.get(id) ?? null);
          },
          // A failed read shows the answers as not rated rather than failing the whole timeline.
          () => {
            for (const settle of pending.values()) settle(null);
          },
        );
    });
  }
  const read = new Promise<boolean | null>((settle) => reads.pending!.set(entryId, settle));
  reads.helpful.set(entryId, read);
  return read;
}

export const timelineEntryFeedbackFields: Pick<TimelineEntryResolvers, 'helpful'> = {
  // Only AI answers carry "Did that help?".
  helpful: (entry, _args, context, info) => (entry.kind === 'AI' ? helpfulOf(entry.id, context, info) : null),
};
