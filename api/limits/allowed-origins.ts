import type { BatonDb } from '../../store/database';

const REFRESH_MS = 10_000;

/**
 * Which web origins may call the API from a browser: every workspace's widget origins
 * ('*' allows any), re-read every few seconds so a settings change applies without restart.
 * Same-origin pages (the inbox, studio, /demo) need no entry.
 */
export class AllowedOrigins {
  private cached: { at: number; origins: Set<string> } | null = null;

  constructor(private readonly db: BatonDb) {}

  async allows(origin: string): Promise<boolean> {
    if (!this.cached || Date.now() - this.cached.at > REFRESH_MS) {
      const workspaces = await this.db.workspaces.find({}, { projection: { 'settings.widgetOrigins': 1 } }).toArray();
      this.cached = { at: Date.now(), origins: new Set(workspaces.flatMap((workspace) => workspace.settings?.widgetOrigins ?? [])) };
    }
    return this.cached.origins.has('*') || this.cached.origins.has(origin);
  }

  forget(): void {
    this.cached = null;
  }
}
