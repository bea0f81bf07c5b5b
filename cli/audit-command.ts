import { loadSettings } from '../config/settings';
import { verifyWorkspaceArchive } from '../audit/verify-archive';
import type { AuditVerifyFlags } from './commands/audit';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { workspaceKeys, workspacesNamed } from './archive-workspaces';

/** `baton audit verify`: 0 when every workspace's archive verifies, 1 naming the first bad record otherwise. */
export async function runAuditVerify(flags: AuditVerifyFlags): Promise<number> {
  const db = await connectIngestDatabase(loadSettings());
  try {
    const keys = await workspaceKeys(db);
    const workspaces = await workspacesNamed(db, flags.workspace);
    if (workspaces.length === 0) console.log('The audit archive is empty: nothing to verify.');
    let failed = 0;
    for (const workspaceId of workspaces) {
      const verdict = await verifyWorkspaceArchive(db, workspaceId);
      const name = keys.get(workspaceId) ?? workspaceId;
      if (verdict.ok) {
        console.log(`ok   ${name}: ${verdict.records} records, head ${verdict.headHash}`);
      } else {
        failed += 1;
        console.log(`FAIL ${name}: record ${verdict.badRecord}: ${verdict.problem} (${verdict.records} records before it verified)`);
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
