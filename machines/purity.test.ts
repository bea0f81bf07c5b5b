import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * machines/ runs in Node, in Temporal's deterministic workflow sandbox and in the browser, so
 * its code (tests aside) imports no database, no Temporal, no LangChain and no Node built-in,
 * and never reads the clock or randomness.
 */
const machinesDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.(?:ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...withoutComments.matchAll(pattern)].map((match) => match[1]!));
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
function forbiddenReason(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0]!)) return 'a Node built-in';
  if (specifier === 'mongodb' || specifier.startsWith('mongodb/')) return 'the database driver';
  if (specifier.startsWith('@temporalio/')) return 'Temporal';
  if (specifier === 'langchain' || specifier.startsWith('langchain/') || specifier.startsWith('@langchain/')) return 'LangChain';
  return null;
}
/** Only pure libraries that run everywhere; anything else needs a decision, not a drive-by import. */
const ALLOWED_PACKAGES = new Set(['xstate', 'zod']);

const NONDETERMINISM = [
  { pattern: /\bDate\.now\s*\(/, what: 'Date.now()' },
  { pattern: /\bnew\s+Date\s*\(\s*\)/, what: 'new Date() without a timestamp' },
  { pattern: /\bMath\.random\s*\(/, what: 'Math.random()' },
  { pattern: /\b(?:setTimeout|setInterval|setImmediate)\s*\(/, what: 'a real timer' },
  { pattern: /\bprocess\./, what: 'process' },
  { pattern: /\bperformance\.now\s*\(/, what: 'performance.now()' },
];

describe('machines/ stays pure', () => {
  const files = sourceFiles(machinesDir);

  test('the import scanner finds static, type-only, re-exported and dynamic imports', () => {
    const sample = `import { z } from 'zod';\nimport type { X } from "@temporalio/workflow";\nexport * from './a';\nexport { b } from 'mongodb';\nconst fs = await import('node:fs');\nconst p = require('path');\n// import { nope } from 'commented-out';`;
    assert.deepEqual(importSpecifiers(sample).sort(), ['./a', '@temporalio/workflow', 'mongodb', 'node:fs', 'path', 'zod'].sort());
  });

  test('scans the code files of machines/', () => {
    assert.ok(files.some((file) => file.endsWith('compile-flow.ts')));
    assert.ok(!files.some((file) => file.endsWith('.test.ts')));
  });

  test('imports no database, Temporal, LangChain or Node built-in, and no package beyond xstate and zod', () => {
    const offences = files.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
        const where = relative(machinesDir, file);
        const reason = forbiddenReason(specifier);
        if (reason) return [`${where} imports ${specifier} (${reason})`];
        if (!specifier.startsWith('.') && !ALLOWED_PACKAGES.has(specifier)) return [`${where} imports the package ${specifier}`];
        return [];
      }),
    );
    assert.deepEqual(offences, []);
  });

  test('never reads the clock, randomness, real timers or the process', () => {
    const offences = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      return NONDETERMINISM.filter(({ pattern }) => pattern.test(source)).map(({ what }) => `${relative(machinesDir, file)} uses ${what}`);
    });
    assert.deepEqual(offences, []);
  });
});
