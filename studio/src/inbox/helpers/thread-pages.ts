import type { ThreadFragment } from '../../gql/graphql';

type Entry = ThreadFragment['timeline'][number];

/** The most entries the API returns in one timeline page (store/timeline.ts); a full page means there may be more before it. */
export const TIMELINE_PAGE = 200;

/**
 * The thread after an update. Every answer carries the newest page of the timeline, so entries the
 * view already has that are not in it are older ones (loaded earlier, or pushed out of the page by
 * new entries): they stay, ahead of the page.
 */
export function withEarlierEntries(current: ThreadFragment | null, next: ThreadFragment): ThreadFragment {
  if (!current || current.id !== next.id) return next;
  const inPage = new Set(next.timeline.map((entry) => entry.id));
  const earlier = current.timeline.filter((entry) => !inPage.has(entry.id));
  return earlier.length === 0 ? next : { ...next, timeline: [...earlier, ...next.timeline] };
}

/** Older entries put in front of the thread, skipping any it already has. */
export function prependEntries(current: ThreadFragment, older: Entry[]): ThreadFragment {
  const known = new Set(current.timeline.map((entry) => entry.id));
  return { ...current, timeline: [...older.filter((entry) => !known.has(entry.id)), ...current.timeline] };
}
