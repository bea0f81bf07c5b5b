import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../cli/local-stack/provision';

/**
 * Before browser tests run: the pages built (skipped when nothing changed since the last build)
 * and Debian's Chromium at /usr/bin/chromium (installed with apt-get when missing).
 */
export async function prepareBrowserTests(): Promise<void> {
  const started = Date.now();
  // Loaded here, not at the top, so test runs without browser tests never load Vite.
  const { buildWebPages } = await import('../../../studio/build');
  const { built, widgetGzipBytes } = await buildWebPages({ ifStale: true });
  console.log(
    `== web pages ${built ? `built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'up to date'} (widget.js ${(widgetGzipBytes / 1024).toFixed(1)} kB gzipped)`,
  );
  const chromium = spawnSync('bash', [join(PROJECT_ROOT, 'scripts', 'install-chromium.sh')], { stdio: 'inherit' });
  if (chromium.status !== 0) throw new Error('Chromium for the browser tests is missing and could not be installed (scripts/install-chromium.sh).');
}
