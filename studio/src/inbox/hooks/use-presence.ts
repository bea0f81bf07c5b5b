import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresenceKind } from '../../gql/graphql';
import { request, subscribe } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { ConversationPresenceSubscription, ReportPresenceMutation } from '../api/team-operations';
import { currentViewers, isNewViewer, withReport, type Viewers } from '../helpers/presence';

const VIEWING_EVERY_MS = 15_000;
const TYPING_AT_MOST_EVERY_MS = 3_000;
const EXPIRY_CHECK_MS = 1_000;

/**
 * Presence on one conversation: tells the other agents I view it (once listening, every 15 s, and again
 * when someone new shows up), that I left (closing it, hiding the page) and that I am typing
 * (at most every 3 s); lists who else views it and who types, dropping reports as they expire.
 */
export function usePresence(conversationId: string, me: string) {
  const [viewers, setViewers] = useState<Viewers>({});
  const viewersRef = useRef<Viewers>({});
  const [now, setNow] = useState(() => Date.now());
  const lastTyping = useRef(0);

  const report = useCallback(
    (kind: PresenceKind) => void request(appApi, ReportPresenceMutation, { conversationId, kind }).catch(() => undefined),
    [conversationId],
  );

  useEffect(() => {
    viewersRef.current = {};
    setViewers({});
    let visible = document.visibilityState !== 'hidden';
    const repeat = setInterval(() => visible && report('VIEWING'), VIEWING_EVERY_MS);
    const onVisibility = () => {
      const nowVisible = document.visibilityState !== 'hidden';
      if (nowVisible === visible) return;
      visible = nowVisible;
      report(visible ? 'VIEWING' : 'LEFT');
    };
    const onPageHide = () => report('LEFT');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const close = subscribe(appApi, ConversationPresenceSubscription, () => ({ id: conversationId }), {
      next: ({ conversationPresence: { kind, agent } }) => {
        if (!agent.id || agent.id === me) return;
        const presence = { kind, agent: { id: agent.id, name: agent.name } };
        const at = Date.now();
        // Someone I did not know opened the thread: answer at once so they see me without waiting 15 s.
        if (visible && isNewViewer(viewersRef.current, presence, at)) report('VIEWING');
        viewersRef.current = withReport(viewersRef.current, presence, at);
        setViewers(viewersRef.current);
        setNow(at);
      },
      // Announce myself once the stream is open (and again after a reconnect), so the answer of an
      // agent already there, who replies at once to a newcomer, cannot arrive before I listen.
      connected: () => visible && report('VIEWING'),
    });
    return () => {
      clearInterval(repeat);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      close();
      report('LEFT');
    };
  }, [conversationId, me, report]);

  // Reports expire by themselves: re-check while anyone is listed.
  const anyone = Object.keys(viewers).length > 0;
  useEffect(() => {
    if (!anyone) return;
    const timer = setInterval(() => setNow(Date.now()), EXPIRY_CHECK_MS);
    return () => clearInterval(timer);
  }, [anyone]);

  const typing = useCallback(() => {
    const at = Date.now();
    if (at - lastTyping.current < TYPING_AT_MOST_EVERY_MS) return;
    lastTyping.current = at;
    report('TYPING');
  }, [report]);

  return { viewers: currentViewers(viewers, now), typing };
}
