import { unreadTitle } from './widget-wording';

const FLASH_EVERY_MS = 1_500;

/**
 * Draws a closed widget's attention to new replies: the host page's title alternates with
 * "(1) New message · <title>" until the panel opens (or the replies are read).
 */
export class TitleFlash {
  private timer: ReturnType<typeof setInterval> | undefined;
  private original = '';
  private count = 0;

  show(count: number): void {
    if (count === this.count) return;
    this.count = count;
    if (count === 0) return this.stop();
    if (this.timer === undefined) {
      this.original = document.title;
      document.title = unreadTitle(count, this.original);
      this.timer = setInterval(() => {
        document.title = document.title === this.original ? unreadTitle(this.count, this.original) : this.original;
      }, FLASH_EVERY_MS);
    } else if (document.title !== this.original) {
      document.title = unreadTitle(count, this.original);
    }
  }

  private stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    document.title = this.original;
  }
}
