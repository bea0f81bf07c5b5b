/** The most an away message may say (the server refuses longer ones). */
export const MAX_AWAY_MESSAGE = 500;

/** An away message as typed, trimmed, or what is wrong with it in words an admin can act on. */
export function checkAwayMessage(text: string, what: string): { value: string } | { error: string } {
  const value = text.trim();
  if (!value) return { error: `${what} is empty: write what the widget should say.` };
  if (value.length > MAX_AWAY_MESSAGE) return { error: `${what} is ${value.length} characters; shorten it to ${MAX_AWAY_MESSAGE} at most.` };
  return { value };
}

/** The placeholder the widget fills with when business hours begin again, in the customer's own time zone. */
export const BACK_AT = '{{backAt}}';
