/**
 * Before browser tests run: the pages built (skipped when nothing changed since the last build).
 * Debian's Chromium is provisioned with the other binaries (scripts/provision.sh chromium).
 */
export async function prepareBrowserTests(): Promise<void> {
  const started = Date.now();
  // Loaded here, not at the top, so test runs without browser tests never load Vite.
  const { buildWebPages } = await import('../../../studio/build');
  const { built, widgetGzipBytes } = await buildWebPages({ ifStale: true });
  console.log(
    `== web pages ${built ? `built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'up to date'} (widget.js ${(widgetGzipBytes / 1024).toFixed(1)} kB gzipped)`,
  );
}
