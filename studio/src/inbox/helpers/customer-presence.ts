/**
 * The customer's side of a conversation, as the agent sees it: online while the widget reports
 * VIEWING (each report lasts 40 s, as the API counts it), typing for 6 s after a TYPING report; LEFT ends both.
 */
export const CUSTOMER_VIEWING_LASTS_MS = 40_000;
export const CUSTOMER_TYPING_LASTS_MS = 6_000;

/** `reported`: a live report has arrived since the thread opened, so reports, not the conversation's flag, decide. */
export type CustomerPresence = { onlineUntil: number; typingUntil: number; reported: boolean };

export const NO_CUSTOMER: CustomerPresence = { onlineUntil: 0, typingUntil: 0, reported: false };

export function withCustomerReport(presence: CustomerPresence, kind: 'VIEWING' | 'LEFT' | 'TYPING', at: number): CustomerPresence {
  if (kind === 'LEFT') return { onlineUntil: 0, typingUntil: 0, reported: true };
  const onlineUntil = Math.max(presence.onlineUntil, at + CUSTOMER_VIEWING_LASTS_MS);
  return { onlineUntil, typingUntil: kind === 'TYPING' ? at + CUSTOMER_TYPING_LASTS_MS : presence.typingUntil, reported: true };
}

/** Online and typing at `now`; `connected` is what the conversation said when it was read (customerConnected). */
export function customerStatus(presence: CustomerPresence, connected: boolean, now: number): { online: boolean; typing: boolean } {
  const typing = presence.typingUntil > now;
  return { online: typing || presence.onlineUntil > now || (connected && !presence.reported), typing };
}
