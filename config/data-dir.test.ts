import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadSigningSecret, MISSING_PRODUCTION_SECRET } from '../api/auth/signing-secret';
import { ensurePrivateDataDir } from './data-dir';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'baton-data-dir-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('is created readable by its owner only, parents included, and says nothing', () => {
    const lines: string[] = [];
    const dir = join(root, 'new', 'data');
    ensurePrivateDataDir(dir, (line) => lines.push(line));
    assert.equal(modeOf(dir), 0o700);
    assert.equal(modeOf(join(root, 'new')), 0o700);
    assert.deepEqual(lines, []);
  });

  test('that other users could read is tightened to 0700, with one line saying so', () => {
    const lines: string[] = [];
    const dir = join(root, 'old');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    ensurePrivateDataDir(dir, (line) => lines.push(line));
    assert.equal(modeOf(dir), 0o700);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /was readable by other users \(mode 0755\); made it private \(0700\)/);
    ensurePrivateDataDir(dir, (line) => lines.push(line));
    assert.equal(lines.length, 1, 'an already private folder is left alone, silently');
  });

  test('holds the development signing secret in a 0600 file inside a 0700 folder', () => {
    const dir = join(root, 'secret');
    const secret = loadSigningSecret({ dataDir: dir, production: false, signingSecret: undefined });
    assert.ok(secret.length >= 32);
    assert.equal(modeOf(dir), 0o700);
    assert.equal(modeOf(join(dir, 'signing-secret')), 0o600);
    assert.deepEqual(loadSigningSecret({ dataDir: dir, production: false, signingSecret: undefined }), secret, 'the same secret after a restart');
  });

  test('never gets a generated signing secret in production', () => {
    const dir = join(root, 'production');
    assert.throws(() => loadSigningSecret({ dataDir: dir, production: true, signingSecret: undefined }), { message: MISSING_PRODUCTION_SECRET });
    assert.throws(() => readFileSync(join(dir, 'signing-secret')), { code: 'ENOENT' });
    const fromEnv = loadSigningSecret({ dataDir: dir, production: true, signingSecret: 'k'.repeat(40) });
    assert.equal(new TextDecoder().decode(fromEnv), 'k'.repeat(40));
  });
});
