import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import bcrypt from 'bcryptjs';
import { defaultFlow, validateFlow } from '../machines';
import { upsertArticle } from '../activities/knowledge-store';
import { parseArticleFile } from '../activities/knowledge';
import type { BatonDb } from '../store/database';
import { PROJECT_ROOT } from '../cli/local-stack/provision';

export const DEMO_WORKSPACE = { id: 'ws_demo', key: 'demo', name: 'Lumen (demo)' };
export const DEMO_USERS = [
  { id: 'u_demo_admin', email: 'admin@baton.test', name: 'Ada Admin', role: 'admin' as const },
  { id: 'u_demo_agent', email: 'agent@baton.test', name: 'Sam Agent', role: 'agent' as const },
  { id: 'u_demo_agent2', email: 'agent2@baton.test', name: 'Riley Agent', role: 'agent' as const },
];
const HELP_CENTRE_DIR = join(PROJECT_ROOT, 'demo', 'help-centre');

/**
 * Seeds the demo workspace: the default flow as version 1, the demo agents and admin,
 * and the demo help centre. Idempotent; a second start keeps everything already there.
 */
export async function seedDemoWorkspace(db: BatonDb, options: { demoPassword: string }): Promise<{ articlesAdded: number }> {
  const verdict = validateFlow(defaultFlow);
  if (!verdict.ok) throw new Error(`The default flow is invalid: ${verdict.issues.map((issue) => issue.message).join('; ')}`);
  const now = new Date();
  await db.workspaces.updateOne(
    { _id: DEMO_WORKSPACE.id },
    {
      $setOnInsert: {
        key: DEMO_WORKSPACE.key,
        name: DEMO_WORKSPACE.name,
        publishedFlowVersion: 1,
        knowledgeVersion: 0,
        // The demo company page may live anywhere; real workspaces list their sites' origins.
        settings: { widgetOrigins: ['*'], slaMinutes: 5 },
        createdAt: now,
      },
    },
    { upsert: true },
  );
  await db.flows.updateOne(
    { _id: `${DEMO_WORKSPACE.id}:v1` },
    { $setOnInsert: { workspaceId: DEMO_WORKSPACE.id, version: 1, flow: { ...defaultFlow, version: 1 }, publishedAt: now, publishedBy: null } },
    { upsert: true },
  );
  const passwordHash = await bcrypt.hash(options.demoPassword, 10);
  for (const user of DEMO_USERS) {
    await db.users.updateOne(
      { _id: user.id },
      { $setOnInsert: { workspaceId: DEMO_WORKSPACE.id, email: user.email, name: user.name, role: user.role, passwordHash, createdAt: now } },
      { upsert: true },
    );
  }
  let articlesAdded = 0;
  for (const file of (await readdir(HELP_CENTRE_DIR)).filter((name) => name.endsWith('.md')).sort()) {
    const article = parseArticleFile(file, await readFile(join(HELP_CENTRE_DIR, file)));
    const { outcome } = await upsertArticle(db, {
      workspaceId: DEMO_WORKSPACE.id,
      articleId: `a_demo_${basename(file, '.md')}`,
      article,
      sourcePath: `demo/help-centre/${file}`,
    });
    if (outcome !== 'unchanged') articlesAdded += 1;
  }
  return { articlesAdded };
}
