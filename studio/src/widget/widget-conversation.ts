import { ApiError, request, subscribe, type ApiTarget } from '../shared/api/graphql-transport';
import { newClientId } from '../shared/helpers/client-id';
import {
  WidgetConversationDocument,
  WidgetConversationUpdatedDocument,
  WidgetCounterpartPresenceDocument,
  WidgetLeaveEmailDocument,
  WidgetRateAnswerDocument,
  WidgetRateConversationDocument,
  WidgetReportPresenceDocument,
  WidgetResumeSessionDocument,
  WidgetSendMessageDocument,
  WidgetStartSessionDocument,
  WidgetTriggerActionDocument,
  type ConversationStatus,
  type WidgetConversationFragment,
  type WidgetReportPresenceMutationVariables,
} from './gql/graphql';
import { CustomerPresence, type PresenceKind } from './widget-presence';

export type TimelineEntry = WidgetConversationFragment['timeline'][number];

/** A message the customer typed that the API has not confirmed yet. */
export type PendingMessage = { clientMessageId: string; text: string; failed: boolean };

/** Where a waiting customer stands, as the API last said. */
export type WaitStatus = Pick<WidgetConversationFragment, 'queuePosition' | 'expectedWaitSeconds' | 'teamAvailable' | 'teamBackAt' | 'awayMessage'>;

export type WidgetState = {
  workspaceName: string | null;
  conversationId: string | null;
  status: ConversationStatus | null;
  assignee: { name: string } | null;
  /** Whether a person from the team has been in this conversation (CSAT is asked only then). */
  agentInvolved: boolean;
  wait: WaitStatus | null;
  contactEmail: string | null;
  /** The customer chose not to leave an email for this conversation. */
  emailSkipped: boolean;
  rating: { score: number; comment: string | null } | null;
  entries: TimelineEntry[];
  pending: PendingMessage[];
  /** Replies that arrived while the panel was closed, and the newest one's text. */
  unread: number;
  unreadPreview: string | null;
  /** The agent typing right now (their name), from the counterpart's presence. */
  agentTyping: string | null;
  busy: boolean;
  error: string | null;
  open: boolean;
};

type Stored = Pick<
  WidgetState,
  | 'conversationId'
  | 'status'
  | 'assignee'
  | 'agentInvolved'
  | 'wait'
  | 'contactEmail'
  | 'emailSkipped'
  | 'rating'
  | 'entries'
  | 'open'
  | 'unread'
  | 'unreadPreview'
> & { token: string; workspaceName: string };

/** Enough of the thread to show at once after a reload; older entries stay on the server. */
const KEPT_ENTRIES = 200;
/** How long "Ana is typing…" stays without a new TYPING report. */
const TYPING_SHOWN_MS = 6_000;

const REPLY_KINDS = new Set(['AI', 'AGENT']);

/**
 * One customer's conversation as the widget sees it: the widget session (token), the
 * conversation, its timeline, and a live subscription. Kept in localStorage so a reload (or
 * another page of the same site) carries on with the same conversation from its last seen entry.
 */
export class WidgetConversation {
  private stored: Stored | null;
  private closeSubscription: (() => void) | null = null;
  private closePresence: (() => void) | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: WidgetState) => void>();
  private readonly api: ApiTarget;
  readonly presence: CustomerPresence;
  state: WidgetState;

  constructor(
    private readonly config: { endpoint: string; workspaceKey: string | null },
    private readonly storage: Storage | null,
  ) {
    this.api = {
      endpoint: config.endpoint,
      token: () => this.stored?.token ?? null,
    };
    this.stored = this.load();
    const stored = this.stored;
    this.state = {
      workspaceName: stored?.workspaceName ?? null,
      conversationId: stored?.conversationId ?? null,
      status: stored?.status ?? null,
      assignee: stored?.assignee ?? null,
      agentInvolved: stored?.agentInvolved ?? false,
      wait: stored?.wait ?? null,
      contactEmail: stored?.contactEmail ?? null,
      emailSkipped: stored?.emailSkipped ?? false,
      rating: stored?.rating ?? null,
      entries: stored?.entries ?? [],
      pending: [],
      unread: stored?.unread ?? 0,
      unreadPreview: stored?.unreadPreview ?? null,
      agentTyping: null,
      busy: false,
      error: null,
      open: stored?.open ?? false,
    };
    this.presence = new CustomerPresence((kind, keepalive) => this.reportPresence(kind, keepalive));
  }

  /** Whether the widget can start a conversation of its own (a page without a workspace key can only resume one). */
  get canStart(): boolean {
    return !!this.config.workspaceKey || !!this.stored;
  }

  private get storageKey(): string {
    return `baton.widget:${this.config.workspaceKey ?? 'resumed'}@${new URL(this.config.endpoint).origin}`;
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
    const { conversationId, status, assignee, agentInvolved, wait, contactEmail, emailSkipped, rating, open, unread, unreadPreview } = this.state;
    this.stored = {
      ...this.stored,
      ...{ conversationId, status, assignee, agentInvolved, wait, contactEmail, emailSkipped, rating, open, unread, unreadPreview },
      entries: this.state.entries.slice(-KEPT_ENTRIES),
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
    this.presence.watch(this.state.open && !!this.state.conversationId);
  }

  /**
   * Opens the conversation an emailed link names (`…#resume=<token>`): its session becomes this
   * widget's, replacing any other, and the panel opens on it.
   */
  async resumeFromLink(link: string): Promise<void> {
    this.update({ busy: true, error: null, open: true });
    try {
      const { resumeWidgetSession } = await request(this.api, WidgetResumeSessionDocument, { link });
      const { session, conversationId } = resumeWidgetSession;
      this.closeSubscription?.();
      this.closeSubscription = null;
      this.stored = { token: session.token, workspaceName: session.workspace.name, ...this.blankConversation(), open: true };
      this.update({ ...this.blankConversation(), workspaceName: session.workspace.name, conversationId, open: true });
      this.listen(conversationId);
      this.presence.watch(true);
    } catch (error) {
      this.update({
        // The API's own words say why (expired, not valid) and what to do.
        error: error instanceof ApiError && error.code !== 'NETWORK' && error.code !== 'UNKNOWN' ? error.message : describe(error),
      });
    } finally {
      this.update({ busy: false });
    }
  }

  private blankConversation() {
    return {
      conversationId: null,
      status: null,
      assignee: null,
      agentInvolved: false,
      wait: null,
      contactEmail: null,
      emailSkipped: false,
      rating: null,
      entries: [],
      unread: 0,
      unreadPreview: null,
    } satisfies Partial<WidgetState>;
  }

  setOpen(open: boolean): void {
    if (open === this.state.open) return;
    this.update(open ? { open, unread: 0, unreadPreview: null } : { open });
    this.presence.watch(open && !!this.state.conversationId, !open);
  }

  /** The customer is typing in the message box (reported at most every 3 s). */
  typing(): void {
    if (this.state.conversationId) this.presence.typing();
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
      this.presence.watch(this.state.open);
    } catch (error) {
      this.update({
        pending: this.state.pending.map((pending) => (pending.clientMessageId === message.clientMessageId ? { ...pending, failed: true } : pending)),
        error: describe(error),
      });
    }
  }

  /** A widget button the flow reacts to, e.g. `talk_to_human`. */
  triggerAction(action: string): Promise<boolean> {
    return this.act((conversationId, since) =>
      request(this.api, WidgetTriggerActionDocument, { conversationId, action, since }).then((data) => data.triggerAction),
    );
  }

  /** "Did that help?": shown as chosen at once, then confirmed by the API. */
  rateAnswer(entryId: string, helpful: boolean): Promise<boolean> {
    this.update({ entries: this.state.entries.map((entry) => (entry.id === entryId ? { ...entry, helpful } : entry)) });
    return this.act((conversationId, since) =>
      request(this.api, WidgetRateAnswerDocument, { conversationId, entryId, helpful, since }).then((data) => data.rateAnswer),
    );
  }

  leaveEmail(email: string): Promise<boolean> {
    return this.act((conversationId, since) =>
      request(this.api, WidgetLeaveEmailDocument, { conversationId, email: email.trim(), since }).then((data) => data.leaveContactEmail),
    );
  }

  skipEmail(): void {
    this.update({ emailSkipped: true });
  }

  rateConversation(score: number, comment: string | null): Promise<boolean> {
    return this.act((conversationId, since) =>
      request(this.api, WidgetRateConversationDocument, { conversationId, score, comment, since }).then((data) => data.rateConversation),
    );
  }

  /** Runs one call on the conversation; false (with the error shown) when it failed. */
  private async act(call: (conversationId: string, since: string | null) => Promise<WidgetConversationFragment>): Promise<boolean> {
    const conversationId = this.state.conversationId;
    if (!conversationId) return false;
    this.update({ busy: true, error: null });
    try {
      this.merge(await call(conversationId, this.lastSeenId));
      return true;
    } catch (error) {
      this.update({ error: describe(error) });
      return false;
    } finally {
      this.update({ busy: false });
    }
  }

  private reportPresence(kind: PresenceKind, keepalive: boolean): void {
    const conversationId = this.state.conversationId;
    const token = this.stored?.token;
    if (!conversationId || !token) return;
    // keepalive: a LEFT sent as the page goes away still reaches the API. Nothing to show if it fails.
    void fetch(this.config.endpoint, {
      method: 'POST',
      keepalive,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: WidgetReportPresenceDocument.toString(),
        variables: { conversationId, kind, seenEntryId: this.lastSeenId } satisfies WidgetReportPresenceMutationVariables,
      }),
    }).catch(() => undefined);
  }

  private async ensureSession(): Promise<void> {
    if (this.stored) return;
    if (!this.config.workspaceKey) throw new ApiError('This page cannot start a conversation; write to us from the website.', 'BAD_USER_INPUT');
    const { startWidgetSession } = await request(this.api, WidgetStartSessionDocument, { workspaceKey: this.config.workspaceKey });
    this.stored = { token: startWidgetSession.token, workspaceName: startWidgetSession.workspace.name, ...this.blankConversation(), open: this.state.open };
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
    this.closePresence?.();
    this.closePresence = null;
    this.presence.watch(false);
    this.stored = null;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // nothing stored to remove
    }
    this.update({ ...this.blankConversation(), agentTyping: null });
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
    this.closePresence?.();
    // The agent typing; a refusal (an API without presence) just leaves the line out.
    this.closePresence = subscribe(this.api, WidgetCounterpartPresenceDocument, () => ({ id: conversationId }), {
      next: ({ counterpartPresence }) => {
        if (counterpartPresence.from !== 'AGENT') return;
        clearTimeout(this.typingTimer);
        if (counterpartPresence.kind !== 'TYPING') return this.update({ agentTyping: null });
        this.update({ agentTyping: counterpartPresence.name || 'Support' });
        this.typingTimer = setTimeout(() => this.update({ agentTyping: null }), TYPING_SHOWN_MS);
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
    const replies = fresh.filter((entry) => REPLY_KINDS.has(entry.kind));
    const agentReplied = fresh.some((entry) => entry.kind === 'AGENT');
    if (agentReplied) clearTimeout(this.typingTimer);
    const { queuePosition, expectedWaitSeconds, teamAvailable, teamBackAt, awayMessage } = conversation;
    this.update({
      conversationId: conversation.id,
      status: conversation.status,
      assignee: conversation.assignee ?? null,
      agentInvolved: this.state.agentInvolved || !!conversation.assignee || agentReplied,
      wait: { queuePosition, expectedWaitSeconds, teamAvailable, teamBackAt, awayMessage },
      contactEmail: conversation.customer.email ?? this.state.contactEmail,
      rating: conversation.rating ?? this.state.rating,
      entries: fresh.length ? [...this.state.entries, ...fresh] : this.state.entries,
      pending,
      ...(agentReplied ? { agentTyping: null } : {}),
      ...(!this.state.open && replies.length ? { unread: this.state.unread + replies.length, unreadPreview: replies[replies.length - 1]!.text } : {}),
    });
  }

  dispose(): void {
    this.closeSubscription?.();
    this.closePresence?.();
    this.presence.watch(false);
    clearTimeout(this.typingTimer);
    this.listeners.clear();
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError && error.code === 'NETWORK') return 'We could not reach support. Check your connection and try again.';
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') return 'Too many messages at once; wait a moment and try again.';
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return error.message;
  return 'Something went wrong; please try again.';
}
