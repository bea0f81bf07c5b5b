import type { PresenceKind } from '../../gql/graphql';

/**
 * Who else has a conversation open, from the other agents' presence reports. A VIEWING report lasts
 * 40 s (the sender repeats it every 15 s), a TYPING one 6 s (repeated while typing); LEFT ends both.
 */
export const VIEWING_LASTS_MS = 40_000;
export const TYPING_LASTS_MS = 6_000;

export type Viewer = { id: string; name: string; viewingUntil: number; typingUntil: number };
export type Viewers = Record<string, Viewer>;
export type PresenceReport = { kind: PresenceKind; agent: { id: string; name: string } };

/** True when this report shows an agent who was not (or no longer) viewing: the moment to say "I am here too". */
export function isNewViewer(viewers: Viewers, report: PresenceReport, now: number): boolean {
  const known = viewers[report.agent.id];
  return report.kind !== 'LEFT' && (!known || known.viewingUntil <= now);
}

export function withReport(viewers: Viewers, report: PresenceReport, now: number): Viewers {
  const { id, name } = report.agent;
  if (report.kind === 'LEFT') {
    if (!viewers[id]) return viewers;
    const rest = { ...viewers };
    delete rest[id];
    return rest;
  }
  const known = viewers[id];
  // Someone typing in the thread has it open, too.
  const viewingUntil = Math.max(known?.viewingUntil ?? 0, now + VIEWING_LASTS_MS);
  const typingUntil = report.kind === 'TYPING' ? now + TYPING_LASTS_MS : (known?.typingUntil ?? 0);
  return { ...viewers, [id]: { id, name, viewingUntil, typingUntil } };
}

/** The viewers still present at `now`, by name. */
export function currentViewers(viewers: Viewers, now: number): { id: string; name: string; typing: boolean }[] {
  return Object.values(viewers)
    .filter((viewer) => viewer.viewingUntil > now)
    .map((viewer) => ({ id: viewer.id, name: viewer.name, typing: viewer.typingUntil > now }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** "Alice is typing…", "Alice and Bob are typing…", "3 people are typing…"; null when nobody is. */
export function typingLine(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  return `${names.length} people are typing…`;
}

/** "AA" for "Alice Agent": the avatar's letters. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase());
  return letters.join('') || '?';
}
