import { z } from 'zod';

/** Building blocks of the trigger modules' parameter schemas, so every trigger words its errors alike. */

export const score = (what: string) =>
  z
    .number({ error: `${what} must be a number between 0 and 1` })
    .min(0, { error: `${what} must be between 0 and 1` })
    .max(1, { error: `${what} must be between 0 and 1` });

export const minutes = z
  .number({ error: 'minutes must be a number' })
  .positive({ error: 'minutes must be more than 0' })
  .max(60 * 24 * 30, { error: 'minutes must be at most 30 days (43200)' });

export const count = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(1, { error: `${what} must be at least 1` });

export const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'times must look like 09:00 or 17:30 (24-hour clock)' });

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RESOLVERS = ['agent', 'customer', 'system'] as const;
export type Resolver = (typeof RESOLVERS)[number];

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
