/** "default 5" when the agent's capacity is the workspace's default, else the number itself. */
export function capacityLabel(capacity: number, defaultCapacity: number): string {
  return capacity === defaultCapacity ? `default ${defaultCapacity}` : String(capacity);
}

/** A whole number within [min, max] typed by an admin, or an error that says what to type instead. */
export function parseWholeNumber(text: string, min: number, max: number, what: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { error: `${what} must be a whole number from ${min} to ${max}.` };
  const value = Number(trimmed);
  if (value < min || value > max) return { error: `${what} must be from ${min} to ${max}; ${value} is outside.` };
  return { value };
}
