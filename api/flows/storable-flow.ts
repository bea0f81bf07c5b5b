/**
 * Drafts are stored as the admin drew them, unparsed, so a draft must be JSON the database can
 * keep: MongoDB and FerretDB refuse keys that start with `$` or contain `.`, FerretDB also lists
 * directly inside lists and infinite numbers (`1e999` in JSON), and documents nest only so deep.
 * Every agent's inbox reads the draft back, and FerretDB's cost grows with the number of values
 * in it, so a draft also has at most as many values as a flow at its size limits needs, with room.
 */
export const MAX_DRAFT_DEPTH = 32;
export const MAX_DRAFT_VALUES = 25_000;

/** A sentence naming the first part of the draft that cannot be stored, with its path, or null. */
export function unstorablePart(flow: unknown): string | null {
  const budget = { values: MAX_DRAFT_VALUES };
  return check(flow, 'flow', 0, budget);
}

function check(value: unknown, path: string, depth: number, budget: { values: number }): string | null {
  if (--budget.values < 0) return `The draft has more than ${MAX_DRAFT_VALUES} values; remove unused parts of it.`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is not a finite number; use an ordinary number.`;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DRAFT_DEPTH) return `${path} is nested more than ${MAX_DRAFT_DEPTH} levels deep; flatten it.`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (Array.isArray(item)) return `${path}[${index}] is a list directly inside a list, which cannot be stored; wrap it in an object.`;
      const problem = check(item, `${path}[${index}]`, depth + 1, budget);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.')) return `${path}.${key}: keys may not start with $ or contain a dot; rename the key.`;
    const problem = check(item, `${path}.${key}`, depth + 1, budget);
    if (problem) return problem;
  }
  return null;
}
