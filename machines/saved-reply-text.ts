/**
 * The {{variables}} a saved reply may hold and how they are filled in when an agent inserts one.
 * Pure: the API validates with it and the inbox composer expands with it, so both agree.
 */

/** Every variable a saved reply may use, with what it stands for (shown to admins who write one). */
export const SAVED_REPLY_VARIABLES = {
  'customer.email': "the customer's email address, when they left one",
  'agent.name': 'the name of the agent sending the reply',
  'workspace.name': "the workspace's name",
} as const;

export type SavedReplyVariable = keyof typeof SAVED_REPLY_VARIABLES;
export type SavedReplyValues = Partial<Record<SavedReplyVariable, string | null | undefined>>;

export const SAVED_REPLY_VARIABLE_NAMES = Object.keys(SAVED_REPLY_VARIABLES) as SavedReplyVariable[];

/**
 * `{{ name }}`, spaces around the name allowed. The name excludes braces and is trimmed in code
 * rather than by the pattern, so a text of thousands of braces or spaces is scanned in linear time.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function isSavedReplyVariable(name: string): name is SavedReplyVariable {
  // An own-property check: '__proto__' or 'constructor' are not variables.
  return Object.prototype.hasOwnProperty.call(SAVED_REPLY_VARIABLES, name);
}

/** The names inside {{…}} that are not variables, each once, in the order they first appear. */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!.trim();
    if (name !== '' && !isSavedReplyVariable(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * The text with each known variable replaced by its value. A variable without a value (a customer
 * who left no email) keeps its {{placeholder}} by default, so a reader sees what is missing; with
 * `missing: 'empty'` it becomes empty (the composer: raw braces must never reach a customer).
 * Anything that is not a variable is left exactly as written.
 */
export function fillSavedReply(text: string, values: SavedReplyValues, options: { missing?: 'keep' | 'empty' } = {}): string {
  return text.replace(PLACEHOLDER, (placeholder: string, written: string) => {
    const name = written.trim();
    if (!isSavedReplyVariable(name)) return placeholder;
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (typeof value === 'string' && value !== '') return value;
    return options.missing === 'empty' ? '' : placeholder;
  });
}
