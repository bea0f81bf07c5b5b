/**
 * One question asked before leaving a page with unsaved work: by the page's own links and buttons
 * (navigation, sign-out) through confirmLeaving(), and by the browser (reload, closing the tab)
 * through beforeunload. A page with work to lose sets the question; nothing set, leaving is silent.
 */
let question: string | null = null;
/** Set once the person said yes, so the browser's own beforeunload prompt does not ask a second time. */
let leaveConfirmed = false;

export function setLeaveQuestion(next: string | null): void {
  question = next;
  leaveConfirmed = false;
}

export function leaveQuestion(): string | null {
  return leaveConfirmed ? null : question;
}

/** Asks the question, if there is one; true when the page may be left. */
export function confirmLeaving(ask: (question: string) => boolean = (text) => window.confirm(text)): boolean {
  const pending = leaveQuestion();
  if (pending === null) return true;
  if (!ask(pending)) return false;
  leaveConfirmed = true;
  return true;
}
