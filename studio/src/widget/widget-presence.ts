export type PresenceKind = 'VIEWING' | 'LEFT' | 'TYPING';

/** VIEWING is repeated this often while the panel is open and the page visible (the API counts 40 s as gone). */
export const VIEWING_EVERY_MS = 15_000;
/** TYPING at most this often while the customer types. */
export const TYPING_EVERY_MS = 3_000;

/**
 * What the customer's widget tells the agent: viewing (open panel, visible page), typing, left
 * (closed the panel or the page went away). `report` sends one; keepalive when the page is leaving.
 */
export class CustomerPresence {
  private viewingTimer: ReturnType<typeof setInterval> | undefined;
  private lastTypingAt = -Infinity;
  private watching = false;
  private listening = false;

  constructor(
    private readonly report: (kind: PresenceKind, keepalive: boolean) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The panel is showing a conversation (true) or not; `left` reports LEFT as it closes. */
  watch(showing: boolean, left = false): void {
    this.listen();
    if (left && this.watching) this.report('LEFT', false);
    this.watching = showing;
    this.tick();
  }

  typing(): void {
    if (this.now() - this.lastTypingAt < TYPING_EVERY_MS) return;
    this.lastTypingAt = this.now();
    this.report('TYPING', false);
  }

  /** Starts or stops the VIEWING beat as the panel and the page's visibility say. */
  private tick(): void {
    const viewing = this.watching && (typeof document === 'undefined' || document.visibilityState === 'visible');
    if (viewing && this.viewingTimer === undefined) {
      this.report('VIEWING', false);
      this.viewingTimer = setInterval(() => this.report('VIEWING', false), VIEWING_EVERY_MS);
    } else if (!viewing && this.viewingTimer !== undefined) {
      clearInterval(this.viewingTimer);
      this.viewingTimer = undefined;
    }
  }

  private listen(): void {
    if (this.listening || typeof window === 'undefined') return;
    this.listening = true;
    document.addEventListener('visibilitychange', () => this.tick());
    window.addEventListener('pagehide', () => {
      if (this.watching) this.report('LEFT', true);
      clearInterval(this.viewingTimer);
      this.viewingTimer = undefined;
    });
    // Back from the back/forward cache: viewing again.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.tick();
    });
  }
}
