import type { BatonDb } from '../../store/database';

const REFRESH_MS = 10_000;

/**
 * The URL parameter that names the workspace a cross-origin request is for. The widget adds it
 * to every call (`/graphql?workspace=KEY`) because a browser's preflight carries the URL but
 * neither the body nor the token, and the preflight is where the browser decides.
 */
export const WORKSPACE_PARAMETER = 'workspace';

/** The workspace key a request names in its URL, or null. */
export function requestedWorkspaceKey(request: Request): string | null {
  try {
    return new URL(request.url).searchParams.get(WORKSPACE_PARAMETER) || null;
  } catch {
    return null;
  }
}

type WidgetWorkspace = { id: string; origins: Set<string> };

/** What a verified token says, as far as origins care. */
type VerifiedToken = { kind: 'widget' | 'user'; workspaceId?: string };

/**
 * Which web origins may call the API from a browser, workspace by workspace: a page may call
 * for a workspace only if that workspace lists the page's origin among its widget origins
 * ('*' allows any), and only as that workspace's widget. Re-read every few seconds so a settings
 * change applies without restart. Same-origin pages (the inbox, studio, /demo) need no entry.
 */
export class AllowedOrigins {
  private cached: { at: number; byKey: Map<string, WidgetWorkspace> } | null = null;

  constructor(private readonly db: BatonDb) {}

  /** Whether `origin` may embed the widget of the workspace with this key. */
  async allows(origin: string, workspaceKey: string): Promise<boolean> {
    const workspace = (await this.workspaces()).get(workspaceKey);
    return !!workspace && (workspace.origins.has('*') || workspace.origins.has(origin));
  }

  /**
   * Whether the browser may read the answer to this cross-origin request. The URL names the
   * workspace (see WORKSPACE_PARAMETER) and its origins decide. A preflight carries no token;
   * the request itself may carry none (startWidgetSession, which checks its workspace against the
   * URL) or a widget token of that same workspace, so an origin allowed by one workspace cannot
   * read another's conversations, nor use an agent's token. A token that does not verify is
   * answered readably, so the widget sees UNAUTHENTICATED and starts a new session.
   */
  async allowsRequest(request: Request, verify: (token: string) => Promise<VerifiedToken | null>): Promise<boolean> {
    const origin = request.headers.get('origin');
    const workspaceKey = requestedWorkspaceKey(request);
    if (!origin || !workspaceKey || !(await this.allows(origin, workspaceKey))) return false;
    const bearer = /^Bearer\s+(.+)$/i.exec((request.headers.get('authorization') ?? '').trim());
    if (request.method.toUpperCase() === 'OPTIONS' || !bearer) return true;
    const claims = await verify(bearer[1]!);
    if (!claims) return true;
    return claims.kind === 'widget' && claims.workspaceId === (await this.workspaces()).get(workspaceKey)?.id;
  }

  forget(): void {
    this.cached = null;
  }

  private async workspaces(): Promise<Map<string, WidgetWorkspace>> {
    if (!this.cached || Date.now() - this.cached.at > REFRESH_MS) {
      const workspaces = await this.db.workspaces.find({}, { projection: { key: 1, 'settings.widgetOrigins': 1 } }).toArray();
      const byKey = new Map(workspaces.map((workspace) => [workspace.key, { id: workspace._id, origins: new Set(workspace.settings?.widgetOrigins ?? []) }]));
      this.cached = { at: Date.now(), byKey };
    }
    return this.cached.byKey;
  }
}
