/** Recomputes every hash of a workspace's archive and walks its chain; stops at the first bad record. */
import type { BatonDb } from '../store/database';
import type { ArchiveCheckpointDoc } from '../store/audit-documents';
import { GENESIS_HASH, recordName, recordProblem } from './archive-record';
import { chainOf } from './archive-store';

export type ChainVerdict =
  | { workspaceId: string; ok: true; records: number; headHash: string }
  | { workspaceId: string; ok: false; records: number; badRecord: string; problem: string };

export async function verifyWorkspaceArchive(db: BatonDb, workspaceId: string): Promise<ChainVerdict> {
  // A chain that starts after #1 must go on from a checkpoint's hash; checkpoints are few.
  const checkpoints = (await db.auditArchive.find({ workspaceId, kind: 'checkpoint' }).toArray()) as ArchiveCheckpointDoc[];
  let expected: { seq: number; prevHash: string } | null = null;
  let records = 0;
  let headHash = GENESIS_HASH;
  for await (const record of chainOf(db, workspaceId)) {
    if (!expected) {
      const checkpoint = checkpoints.find((candidate) => candidate.prunedThroughSeq === record.seq - 1);
      expected = record.seq === 1 ? { seq: 1, prevHash: GENESIS_HASH } : { seq: record.seq, prevHash: checkpoint?.prunedThroughHash ?? '(no checkpoint)' };
      if (record.seq !== 1 && !checkpoint) {
        return {
          workspaceId,
          ok: false,
          records,
          badRecord: recordName(record),
          problem: `records #1–#${record.seq - 1} are missing and no checkpoint names them`,
        };
      }
    }
    const problem = recordProblem(record, expected.seq, expected.prevHash);
    if (problem) return { workspaceId, ok: false, records, badRecord: recordName(record), problem };
    records += 1;
    headHash = record.hash;
    expected = { seq: record.seq + 1, prevHash: record.hash };
  }
  const head = await db.auditArchiveHeads.findOne({ _id: workspaceId });
  const lastSeq = expected ? expected.seq - 1 : 0;
  if (head && head.seq > lastSeq) {
    return {
      workspaceId,
      ok: false,
      records,
      badRecord: `#${lastSeq + 1}`,
      problem: `the chain ends at #${lastSeq} but its head says #${head.seq}: records were removed`,
    };
  }
  return { workspaceId, ok: true, records, headHash };
}
