import type { ThreadFragment } from '../../gql/graphql';

type Entry = ThreadFragment['timeline'][number];
export type ThreadItem = { type: 'entry'; entry: Entry } | { type: 'handoff'; escalation: NonNullable<ThreadFragment['escalation']> };

/** The timeline with the handoff summary card placed at the moment of the handoff. */
export function timelineWithHandoff(conversation: ThreadFragment): ThreadItem[] {
  const items: ThreadItem[] = conversation.timeline.map((entry) => ({ type: 'entry', entry }));
  const { escalation } = conversation;
  if (!escalation) return items;
  const handoffAt = Date.parse(escalation.at);
  const index = items.findIndex((item) => item.type === 'entry' && Date.parse(item.entry.at) > handoffAt);
  items.splice(index < 0 ? items.length : index, 0, { type: 'handoff', escalation });
  return items;
}
