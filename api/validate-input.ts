import type { z } from 'zod';
import { badInput } from './errors';

/** Parses resolver input with a zod schema; the first problem becomes a BAD_USER_INPUT error naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
