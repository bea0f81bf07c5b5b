/**
 * Drafts are stored as the admin drew them, unparsed, so a draft must be JSON the database can
 * keep: MongoDB and FerretDB refuse keys that start with `$` or contain `.`, FerretDB also lists
 * directly inside lists and infinite numbers (`1e999` in JSON), and documents nest only so deep.
 * Returns a sentence naming the first part that cannot be stored, with its path, or null.
 */
export const MAX_DRAFT_DEPTH = 32;

export function unstorablePart(value: unknown, path = 'flow', depth = 0): string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is not a finite number; use an ordinary number.`;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DRAFT_DEPTH) return `${path} is nested more than ${MAX_DRAFT_DEPTH} levels deep; flatten it.`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (Array.isArray(item)) return `${path}[${index}] is a list directly inside a list, which cannot be stored; wrap it in an object.`;
      const problem = unstorablePart(item, `${path}[${index}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.')) return `${path}.${key}: keys may not start with $ or contain a dot; rename the key.`;
    const problem = unstorablePart(item, `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}
