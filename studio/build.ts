/**
 * Builds the web pages into studio/dist: the inbox (/), the dashboard (/dashboard), the flow
 * studio (/studio), the knowledge base (/knowledge), agent management (/agents) and the demo page (/demo) with Vite, then the
 * embeddable widget (/widget.js) as one small script. `--if-stale` skips the build when no source
 * changed since the last one (what the test command uses).
 * Usage: npm run build:web [-- --if-stale]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

const STUDIO_DIR = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = dirname(STUDIO_DIR);
export const WEB_DIST_DIR = join(STUDIO_DIR, 'dist');
const STAMP_FILE = join(WEB_DIST_DIR, '.build-stamp');

/** Everything the bundles are made from: the pages, the shared machines/ code, the locked dependencies. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : walk(path);
      return entry.name.endsWith('.test.ts') ? [] : [path];
    });
  return [...walk(STUDIO_DIR), ...walk(join(PROJECT_ROOT, 'machines')), join(PROJECT_ROOT, 'package-lock.json')].sort();
}

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(PROJECT_ROOT, file)}:${size}:${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const shared: InlineConfig = {
  configFile: false,
  root: STUDIO_DIR,
  logLevel: 'warn',
  // Production whatever NODE_ENV the caller runs with: `baton start` under a test (NODE_ENV=test) once built
  // pages whose JSX called React's development runtime, which the production React has not got.
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', development: false } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

export async function buildWebPages(options: { ifStale?: boolean } = {}): Promise<{ built: boolean; widgetGzipBytes: number }> {
  const fingerprint = sourceFingerprint();
  const widgetFile = join(WEB_DIST_DIR, 'widget.js');
  if (options.ifStale && existsSync(STAMP_FILE) && existsSync(widgetFile) && readFileSync(STAMP_FILE, 'utf8') === fingerprint) {
    return { built: false, widgetGzipBytes: gzipSync(readFileSync(widgetFile)).length };
  }

  await build({
    ...shared,
    publicDir: join(STUDIO_DIR, 'public'),
    build: {
      outDir: WEB_DIST_DIR,
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        // React Flow marks itself "use client" for server-component frameworks; meaningless in a plain bundle.
        onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
        input: {
          inbox: join(STUDIO_DIR, 'index.html'),
          dashboard: join(STUDIO_DIR, 'dashboard.html'),
          studio: join(STUDIO_DIR, 'studio.html'),
          knowledge: join(STUDIO_DIR, 'knowledge.html'),
          agents: join(STUDIO_DIR, 'agents.html'),
        },
      },
    },
  });

  await build({
    ...shared,
    publicDir: false,
    build: {
      outDir: WEB_DIST_DIR,
      emptyOutDir: false,
      lib: { entry: join(STUDIO_DIR, 'src', 'widget', 'index.ts'), formats: ['iife'], name: 'BatonWidget', fileName: () => 'widget.js' },
    },
  });

  writeFileSync(STAMP_FILE, fingerprint);
  return { built: true, widgetGzipBytes: gzipSync(readFileSync(widgetFile)).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const result = await buildWebPages({ ifStale: process.argv.includes('--if-stale') });
  const size = `widget.js is ${(result.widgetGzipBytes / 1024).toFixed(1)} kB gzipped`;
  console.log(
    result.built
      ? `web pages built into ${relative(process.cwd(), WEB_DIST_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s; ${size}`
      : `web pages are up to date; ${size}`,
  );
}
