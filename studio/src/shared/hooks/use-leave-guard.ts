import { useEffect } from 'react';
import { confirmLeaving, leaveQuestion, setLeaveQuestion } from '../helpers/leave-guard';

/** A click on a link that loads another page (same tab, no modifier keys). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const to = new URL(link.href, location.href);
  // A link to a place on this same page (#section) leaves nothing behind.
  return to.origin === location.origin && to.pathname === location.pathname && to.search === location.search && to.hash ? null : link;
}

/**
 * While `question` is set (unsaved work), leaving the page asks it: the page's links and sign-out
 * with a confirm naming what would be lost, reloading or closing the tab with the browser's own prompt.
 */
export function useLeaveGuard(question: string | null): void {
  useEffect(() => {
    setLeaveQuestion(question);
    if (question === null) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaveQuestion() === null) return;
      event.preventDefault();
      // Browsers before preventDefault() was enough show the prompt only when returnValue is set.
      event.returnValue = true;
    };
    const onClick = (event: MouseEvent) => {
      if (leavingLink(event) && !confirmLeaving()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      setLeaveQuestion(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [question]);
}
