import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest-help-centre';

/**
 * A progress bar when a person watches (stderr is a terminal), else one plain line per
 * tenth of the work, so CI logs and pipes show progress without control characters.
 * Progress goes to stderr; the summary on stdout stays clean for scripts.
 */
export function ingestProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): IngestProgress {
  return stream.isTTY ? progressBar(stream) : progressLines(stream);
}

function progressBar(stream: NodeJS.WritableStream): IngestProgress {
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {percentage}% | {value}/{total} files | {duration_formatted}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    advance: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

export function progressLines(stream: NodeJS.WritableStream): IngestProgress {
  let total = 0;
  let lastTenth = -1;
  return {
    start: (files) => {
      total = files;
      stream.write(`ingest: ${files} file${files === 1 ? '' : 's'} to read\n`);
    },
    advance: (done) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`ingest: ${done}/${total} files (${Math.round((done / Math.max(1, total)) * 100)}%)\n`);
    },
    stop: () => undefined,
  };
}
