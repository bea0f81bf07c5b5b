import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import bcrypt from 'bcryptjs';
import { upsertArticle } from '../knowledge/knowledge-store';
import { parseArticleFile } from '../knowledge';
import type { Settings } from '../config/settings';
import type { BatonDb } from '../store/database';
import { publishDefaultFlowAsFirstVersion } from './create-workspace';
import { DEMO_HELP_CENTRE } from '../config/paths';

export const DEMO_WORKSPACE = { id: 'ws_demo', key: 'demo', name: 'Lumen (demo)' };
export const DEMO_USERS = [
  { id: 'u_demo_admin', email: 'admin@baton.test', name: 'Ada Admin', role: 'admin' as const },
  { id: 'u_demo_agent', email: 'agent@baton.test', name: 'Sam Agent', role: 'agent' as const },
  { id: 'u_demo_agent2', email: 'agent2@baton.test', name: 'Riley Agent', role: 'agent' as const },
];
const HELP_CENTRE_DIR = DEMO_HELP_CENTRE;

/**
 * What `baton start` does about the demo: seeds it in development and test; in production never,
 * since its accounts share a published password and its widget may be embedded by any site. A
 * production desk gets its workspace and first admin from `baton workspace create` and
 * `baton admin create` (server/create-workspace.ts, server/create-admin.ts).
 */
export async function seedDemoUnlessProduction(
  db: BatonDb,
  settings: Pick<Settings, 'production' | 'demoPassword'>,
): Promise<{ seeded: true; articlesAdded: number } | { seeded: false }> {
  if (settings.production) return { seeded: false };
  return { seeded: true, ...(await seedDemoWorkspace(db, { demoPassword: settings.demoPassword })) };
}

/**
 * Seeds the demo workspace: the default flow as version 1, the demo agents and admin,
 * and the demo help centre. Idempotent; a second start keeps everything already there.
 */
export async function seedDemoWorkspace(db: BatonDb, options: { demoPassword: string }): Promise<{ articlesAdded: number }> {
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
  await publishDefaultFlowAsFirstVersion(db, DEMO_WORKSPACE.id, now);
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
