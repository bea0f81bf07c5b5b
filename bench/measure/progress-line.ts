export type ProgressLine = {
  /** Replaces the current progress line (on a terminal), or prints it now and then (in logs). */
  update(text: string): void;
  /** Ends the current line with a final text that stays. */
  done(text: string): void;
};

/** How often a non-terminal (a test log, CI) gets a progress line, so logs stay readable. */
const LOG_EVERY_MS = 5_000;

export function createProgressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  let lastLogged = 0;
  let showing = false;
  return {
    update(text) {
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${text}`);
        showing = true;
        return;
      }
      if (Date.now() - lastLogged < LOG_EVERY_MS) return;
      lastLogged = Date.now();
      stream.write(`${text}\n`);
    },
    done(text) {
      stream.write(stream.isTTY && showing ? `\r\x1b[2K${text}\n` : `${text}\n`);
      showing = false;
      lastLogged = 0;
    },
  };
}
