import { ApiError, request, subscribe, type ApiTarget } from '../shared/api/graphql-transport';
import { newClientId } from '../shared/helpers/client-id';
import {
  WidgetConversationDocument,
  WidgetConversationUpdatedDocument,
  WidgetSendMessageDocument,
  WidgetStartSessionDocument,
  WidgetTriggerActionDocument,
  type ConversationStatus,
  type WidgetConversationFragment,
} from './gql/graphql';

export type TimelineEntry = WidgetConversationFragment['timeline'][number];

/** A message the customer typed that the API has not confirmed yet. */
export type PendingMessage = { clientMessageId: string; text: string; failed: boolean };

export type WidgetState = {
  workspaceName: string | null;
  conversationId: string | null;
  status: ConversationStatus | null;
  assignee: { name: string } | null;
  entries: TimelineEntry[];
  pending: PendingMessage[];
  busy: boolean;
  error: string | null;
  open: boolean;
};

type Stored = {
  token: string;
  workspaceName: string;
  conversationId: string | null;
  status: ConversationStatus | null;
  assignee: { name: string } | null;
  entries: TimelineEntry[];
  open: boolean;
};

/** Enough of the thread to show at once after a reload; older entries stay on the server. */
const KEPT_ENTRIES = 200;

/**
 * One customer's conversation as the widget sees it: the widget session (token), the
 * conversation, its timeline, and a live subscription. Kept in localStorage so a reload (or
 * another page of the same site) carries on with the same conversation from its last seen entry.
 */
export class WidgetConversation {
  private stored: Stored | null;
  private closeSubscription: (() => void) | null = null;
  private readonly listeners = new Set<(state: WidgetState) => void>();
  private readonly api: ApiTarget;
  state: WidgetState;

  constructor(
    private readonly config: { endpoint: string; workspaceKey: string },
    private readonly storage: Storage | null,
  ) {
    this.api = {
      endpoint: config.endpoint,
      token: () => this.stored?.token ?? null,
    };
    this.stored = this.load();
    this.state = {
      workspaceName: this.stored?.workspaceName ?? null,
      conversationId: this.stored?.conversationId ?? null,
      status: this.stored?.status ?? null,
      assignee: this.stored?.assignee ?? null,
      entries: this.stored?.entries ?? [],
      pending: [],
      busy: false,
      error: null,
      open: this.stored?.open ?? false,
    };
  }

  private get storageKey(): string {
    return `baton.widget:${this.config.workspaceKey}@${new URL(this.config.endpoint).origin}`;
  }

  private load(): Stored | null {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      const parsed = raw ? (JSON.parse(raw) as Stored) : null;
      return parsed && typeof parsed.token === 'string' && Array.isArray(parsed.entries) ? parsed : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    if (!this.stored) return;
    this.stored = {
      ...this.stored,
      conversationId: this.state.conversationId,
      status: this.state.status,
      assignee: this.state.assignee,
      entries: this.state.entries.slice(-KEPT_ENTRIES),
      open: this.state.open,
    };
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.stored));
    } catch {
      // Storage full or blocked (private mode): the widget still works, it just won't survive a reload.
    }
  }

  onChange(listener: (state: WidgetState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<WidgetState>): void {
    this.state = { ...this.state, ...patch };
    this.save();
    this.listeners.forEach((listener) => listener(this.state));
  }

  /** The id of the newest entry this widget has, to ask the API only for what came after it. */
  private get lastSeenId(): string | null {
    return this.state.entries[this.state.entries.length - 1]?.id ?? null;
  }

  /** Picks up a stored conversation: catches up on what happened while the page was away and listens live. */
  resume(): void {
    if (this.state.conversationId) this.listen(this.state.conversationId);
  }

  setOpen(open: boolean): void {
    this.update({ open });
  }

  async send(text: string, retryOf?: PendingMessage): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) return;
    const message = retryOf ? { ...retryOf, failed: false } : { clientMessageId: newClientId('w'), text: trimmed, failed: false };
    this.update({
      pending: [...this.state.pending.filter((pending) => pending.clientMessageId !== message.clientMessageId), message],
      error: null,
    });
    try {
      await this.ensureSession();
      const { sendCustomerMessage } = await this.withFreshSession(() => {
        const conversationId = this.state.conversationId;
        const input = { text: message.text, clientMessageId: message.clientMessageId, ...(conversationId ? { conversationId } : {}) };
        return request(this.api, WidgetSendMessageDocument, { input, since: this.lastSeenId });
      });
      this.update({ pending: this.state.pending.filter((pending) => pending.clientMessageId !== message.clientMessageId) });
      this.merge(sendCustomerMessage);
      if (!this.closeSubscription) this.listen(sendCustomerMessage.id);
    } catch (error) {
      this.update({
        pending: this.state.pending.map((pending) => (pending.clientMessageId === message.clientMessageId ? { ...pending, failed: true } : pending)),
        error: describe(error),
      });
    }
  }

  /** A widget button the flow reacts to, e.g. `talk_to_human`. */
  async triggerAction(action: string): Promise<void> {
    const conversationId = this.state.conversationId;
    if (!conversationId) return;
    this.update({ busy: true, error: null });
    try {
      const { triggerAction } = await request(this.api, WidgetTriggerActionDocument, { conversationId, action, since: this.lastSeenId });
      this.merge(triggerAction);
    } catch (error) {
      this.update({ error: describe(error) });
    } finally {
      this.update({ busy: false });
    }
  }

  private async ensureSession(): Promise<void> {
    if (this.stored) return;
    const { startWidgetSession } = await request(this.api, WidgetStartSessionDocument, { workspaceKey: this.config.workspaceKey });
    this.stored = {
      token: startWidgetSession.token,
      workspaceName: startWidgetSession.workspace.name,
      conversationId: null,
      status: null,
      assignee: null,
      entries: [],
      open: this.state.open,
    };
    this.update({ workspaceName: startWidgetSession.workspace.name });
  }

  /** An expired or foreign token starts a new session (and a new conversation) instead of failing forever. */
  private async withFreshSession<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ApiError) || (error.code !== 'UNAUTHENTICATED' && error.code !== 'NOT_FOUND')) throw error;
      this.forget();
      await this.ensureSession();
      return call();
    }
  }

  private forget(): void {
    this.closeSubscription?.();
    this.closeSubscription = null;
    this.stored = null;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // nothing stored to remove
    }
    this.update({ conversationId: null, status: null, assignee: null, entries: [] });
  }

  private listen(conversationId: string): void {
    this.closeSubscription?.();
    this.closeSubscription = subscribe(this.api, WidgetConversationUpdatedDocument, () => ({ id: conversationId, since: this.lastSeenId }), {
      next: ({ conversationUpdated }) => this.merge(conversationUpdated),
      connected: () => void this.catchUp(conversationId),
      failed: (error) => {
        if (error.code === 'UNAUTHENTICATED' || error.code === 'NOT_FOUND') this.forget();
        else this.update({ error: describe(error) });
      },
    });
  }

  private async catchUp(conversationId: string): Promise<void> {
    try {
      const { conversation } = await request(this.api, WidgetConversationDocument, { id: conversationId, since: this.lastSeenId });
      if (conversation) this.merge(conversation);
      else this.forget();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') this.forget();
    }
  }

  /** Adds entries the widget has not seen, in the API's order, and drops the pending copies they confirm. */
  private merge(conversation: WidgetConversationFragment): void {
    const known = new Set(this.state.entries.map((entry) => entry.id));
    const fresh = conversation.timeline.filter((entry) => !known.has(entry.id));
    let pending = this.state.pending;
    for (const entry of fresh) {
      if (entry.kind !== 'CUSTOMER') continue;
      const index = pending.findIndex((message) => message.text === entry.text.trim() && !message.failed);
      if (index >= 0) pending = pending.filter((_, position) => position !== index);
    }
    this.update({
      conversationId: conversation.id,
      status: conversation.status,
      assignee: conversation.assignee ?? null,
      entries: fresh.length ? [...this.state.entries, ...fresh] : this.state.entries,
      pending,
    });
  }

  dispose(): void {
    this.closeSubscription?.();
    this.listeners.clear();
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError && error.code === 'NETWORK') return 'We could not reach support. Check your connection and try again.';
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') return 'Too many messages at once; wait a moment and try again.';
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return error.message;
  return 'Something went wrong; please try again.';
}
