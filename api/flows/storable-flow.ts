/**
 * Drafts are stored as the admin drew them, unparsed, so a draft must be JSON the database can
 * keep: MongoDB (and FerretDB) refuse keys that start with `$` or contain `.` or NUL, and
 * nest documents only so deep. The first key that cannot be stored is named, with its path.
 */
export const MAX_DRAFT_DEPTH = 32;

export function unstorableKey(value: unknown, path = 'flow', depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DRAFT_DEPTH) return `${path} is nested more than ${MAX_DRAFT_DEPTH} levels deep; flatten it.`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = unstorableKey(item, `${path}[${index}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.') || key.includes('\u0000')) {
      return `${path}.${key}: keys may not start with $ or contain a dot; rename the key.`;
    }
    const problem = unstorableKey(item, `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}
