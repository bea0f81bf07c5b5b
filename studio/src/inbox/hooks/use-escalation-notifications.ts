import { useCallback, useState } from 'react';
import type { InboxEvent } from './use-inbox';

const supported = typeof window !== 'undefined' && 'Notification' in window;

/** Desktop notifications of new escalations, once the agent allows them. */
export function useEscalationNotifications() {
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(supported ? Notification.permission : 'unsupported');

  const ask = useCallback(async () => {
    if (!supported) return;
    setPermission(await Notification.requestPermission());
  }, []);

  const notify = useCallback((event: InboxEvent) => {
    if (!supported || Notification.permission !== 'granted' || !event.changes.includes('escalated')) return;
    const { conversation } = event;
    const notification = new Notification('A customer is waiting for a person', {
      body: `${conversation.escalation ? `${conversation.escalation.reasonText}. ` : ''}${conversation.lastMessagePreview ?? ''}`,
      tag: `escalation-${conversation.id}`,
    });
    notification.onclick = () => {
      window.focus();
      window.location.hash = `c=${conversation.id}`;
    };
  }, []);

  return { permission, ask, notify };
}
