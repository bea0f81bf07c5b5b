import { z } from 'zod';
import type { WorkspaceDoc } from '../../store/documents';

/**
 * What the widget says while nobody can answer. `{{backAt}}` stays in the text: the widget replaces it
 * with the time business hours begin again, in the customer's own time zone.
 */
export const DEFAULT_AWAY_MESSAGES = {
  busy: "Everyone on our team is busy right now. Leave your email and we'll reply there as soon as someone is free.",
  closed: "We're away right now and back {{backAt}}. Leave your email and we'll reply there.",
} as const;

export type AwayMessages = { busy: string; closed: string };

const MAX_AWAY_MESSAGE = 500;

const awayMessage = (which: keyof AwayMessages) =>
  z
    .string()
    .trim()
    .min(1, `awayMessages.${which} is empty; write what the widget should say, or leave the field out to keep the current wording`)
    .max(MAX_AWAY_MESSAGE, `awayMessages.${which} is longer than ${MAX_AWAY_MESSAGE} characters; shorten it`);

/** An admin's change: only the fields given change. */
export const AwayMessagesInput = z.object({ busy: awayMessage('busy').nullish(), closed: awayMessage('closed').nullish() });

/** The workspace's wording, its defaults where an admin has set none. */
export function awayMessagesOf(settings: WorkspaceDoc['settings'] | undefined): AwayMessages {
  return {
    busy: settings?.awayMessages?.busy ?? DEFAULT_AWAY_MESSAGES.busy,
    closed: settings?.awayMessages?.closed ?? DEFAULT_AWAY_MESSAGES.closed,
  };
}
