/** Who read or exported a conversation's history: appended on every read, shown in the export. */
import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { BatonDb } from '../store/database';
import type { AuditAccessDoc } from '../store/audit-documents';

export type AccessActor = AuditAccessDoc['actor'];

/** The person at this terminal, as the operating system names them. */
export function cliActor(): AccessActor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): the uid still says who.
    user = `uid ${process.getuid?.() ?? '?'}`;
  }
  return { kind: 'cli', id: `${user}@${hostname()}`, name: user };
}

export async function recordAccess(
  db: BatonDb,
  access: { conversationId: string; workspaceId: string | null; actor: AccessActor; action: string; via: AuditAccessDoc['via'] },
): Promise<void> {
  await db.auditAccess.insertOne({ _id: randomUUID(), at: new Date(), ...access });
}

/** A conversation's access log, oldest first. */
export async function accessLogOf(db: BatonDb, conversationId: string): Promise<AuditAccessDoc[]> {
  return (await db.auditAccess.find({ conversationId }).toArray()).sort((a, b) => a.at.getTime() - b.at.getTime());
}
