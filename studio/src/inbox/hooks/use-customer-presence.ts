import { useEffect, useState } from 'react';
import { subscribe } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { CounterpartPresenceSubscription } from '../api/assist-operations';
import { customerStatus, NO_CUSTOMER, withCustomerReport, type CustomerPresence } from '../helpers/customer-presence';

const EXPIRY_CHECK_MS = 1_000;

/**
 * The customer's side of one conversation, live: online (widget open on it) and typing. Starts from the
 * conversation's customerConnected, then follows the widget's reports; a TYPING report lasts 6 s.
 */
export function useCustomerPresence(conversationId: string, connected: boolean) {
  const [presence, setPresence] = useState<CustomerPresence>(NO_CUSTOMER);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setPresence(NO_CUSTOMER);
    return subscribe(appApi, CounterpartPresenceSubscription, () => ({ id: conversationId }), {
      next: ({ counterpartPresence }) => {
        if (counterpartPresence.from !== 'CUSTOMER') return;
        const at = Date.now();
        setPresence((current) => withCustomerReport(current, counterpartPresence.kind, at));
        setNow(at);
      },
      // Without the customer's presence the thread still works: the online marker falls back to customerConnected.
      failed: () => undefined,
    });
  }, [conversationId]);

  // Reports expire by themselves: re-check while one is pending.
  const pending = presence.typingUntil > now || presence.onlineUntil > now;
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => setNow(Date.now()), EXPIRY_CHECK_MS);
    return () => clearInterval(timer);
  }, [pending]);

  return customerStatus(presence, connected, now);
}
