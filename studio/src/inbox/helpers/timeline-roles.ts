import type { ThreadFragment } from '../../gql/graphql';

type Entry = ThreadFragment['timeline'][number];

/**
 * A note nobody wrote is the desk recording what happened (claimed, assigned, transferred, an SLA
 * missed, requeued): a system event, shown apart from the notes agents write to each other. SYSTEM
 * entries are different: what the desk said to the customer, shown as part of the conversation.
 */
export function isSystemEvent(entry: Pick<Entry, 'kind' | 'author'>): boolean {
  return entry.kind === 'NOTE' && !entry.author;
}

/**
 * The newest agent reply the customer's widget has displayed: the last AGENT entry at or before the
 * entry the customer has seen. Null when the seen entry is not in the loaded thread or precedes every reply.
 */
export function seenAgentReplyId(timeline: Pick<Entry, 'id' | 'kind'>[], customerSeenEntryId: string | null | undefined): string | null {
  if (!customerSeenEntryId) return null;
  const seenIndex = timeline.findIndex((entry) => entry.id === customerSeenEntryId);
  if (seenIndex < 0) return null;
  for (let index = seenIndex; index >= 0; index -= 1) if (timeline[index]!.kind === 'AGENT') return timeline[index]!.id;
  return null;
}
