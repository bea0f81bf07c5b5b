import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config, { RESOLVER_TYPES_FILE } from './codegen';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('the committed resolver types are what codegen makes of the schema files today', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'baton-resolver-types-'));
  try {
    const fresh = join(outDir, 'resolvers-types.ts');
    const [output] = await generate({ ...config, cwd: PROJECT_ROOT, silent: true, generates: { [fresh]: config.generates[RESOLVER_TYPES_FILE]! } }, true);
    assert.ok(output, 'codegen produced no output');
    const committed = readFileSync(join(PROJECT_ROOT, RESOLVER_TYPES_FILE), 'utf8');
    assert.ok(
      readFileSync(fresh, 'utf8') === committed,
      `${RESOLVER_TYPES_FILE} is out of date with api/schema/*.graphql; run \`npm run codegen\` and commit the result.`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
