/**
 * One sentence for a `node:util` parseArgs refusal: its messages go on with advice about `--` that
 * does not apply to our commands ("Unknown option '--nme'. To specify a positional argument ...").
 */
export function optionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/(?<=\.)\s/)[0]!.trim();
  return first.endsWith('.') ? first : `${first}.`;
}

/** A schema's message ("the name is required") as a sentence of its own. */
export const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
