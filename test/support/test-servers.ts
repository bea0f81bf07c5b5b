import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadSettings, type Settings } from '../../config/settings';

/** The real Temporal dev server and FerretDB that scripts/run-tests.ts started for this run. */
export function testServers() {
  const temporalAddress = process.env.BATON_TEST_TEMPORAL_ADDRESS;
  const mongoUri = process.env.BATON_TEST_MONGODB_URI;
  if (!temporalAddress || !mongoUri) {
    throw new Error('Run the tests with `npm test` (scripts/run-tests.ts starts the real Temporal and FerretDB servers they need).');
  }
  return {
    temporalAddress,
    mongoUri,
    dataDir: process.env.BATON_TEST_DATA_DIR!,
    temporalBinary: process.env.BATON_TEST_TEMPORAL_BINARY!,
    ferretdbBinary: process.env.BATON_TEST_FERRETDB_BINARY!,
  };
}

/** Settings for one test file: its own database and task queue, so files running side by side never meet. */
export function isolatedSettings(label: string): Settings {
  const id = `${label}_${randomUUID().slice(0, 8)}`.replace(/[^a-zA-Z0-9_]/g, '_');
  const servers = testServers();
  const base = loadSettings({ PORT: '0', NODE_ENV: 'test', BATON_DATA_DIR: join(servers.dataDir, id) });
  return {
    ...base,
    mongo: { ...base.mongo, uri: servers.mongoUri, database: `t_${id}` },
    temporal: { ...base.temporal, address: servers.temporalAddress, taskQueue: `baton-test-${id}` },
    openai: undefined,
    audit: { ...base.audit, archiveEveryMinutes: 0 },
    // As behind one proxy: a test that names a client address in X-Forwarded-For is that client.
    trustProxy: 1,
  };
}
