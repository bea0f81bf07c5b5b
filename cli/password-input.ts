import type { ReadStream } from 'node:tty';
import { CliError } from './cli-connections';

/** The person pressed Ctrl-C or Ctrl-D at the prompt. */
export class PromptCancelled extends Error {}

/** Terminal escape sequences (arrow keys, function keys): not part of a password. */
// eslint-disable-next-line no-control-regex -- ESC is the character this pattern is for
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g;

/**
 * Asks for a secret on the terminal without echoing it: raw mode turns the terminal's own echo
 * off, and nothing typed is written back. The question goes to `output` (stderr), so a command
 * whose stdout is piped still shows it.
 */
export function promptHidden(question: string, input: ReadStream, output: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolvePrompt, reject) => {
    // Echo off before the question shows: whatever is typed as soon as it appears is not echoed either.
    input.setRawMode(true);
    output.write(question);
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolvePrompt(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const character of String(chunk).replace(ESCAPE_SEQUENCE, '')) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new PromptCancelled('Cancelled; nothing was created.'));
        if (character === '\u0004') return typed === '' ? finish(new PromptCancelled('Cancelled; nothing was created.')) : finish();
        if (character === '\u007f' || character === '\b') typed = Array.from(typed).slice(0, -1).join('');
        else if (character >= ' ') typed += character;
      }
    };
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

/** Enough for any password the accounts accept, and a bound on what a stray pipe can make us hold. */
const MAX_STDIN_BYTES = 4096;

/**
 * A password piped to stdin (`--password-stdin`), like `docker login`: the whole input, less one
 * trailing newline (what `echo` and most secret files add).
 */
export async function readPasswordFromStdin(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new CliError(`The password on stdin is longer than ${MAX_STDIN_BYTES} bytes; pipe in only the password.`);
    chunks.push(bytes);
  }
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (/[\r\n]/.test(password)) throw new CliError('The password on stdin spans several lines; pipe in only the password, on one line.');
  return password;
}
