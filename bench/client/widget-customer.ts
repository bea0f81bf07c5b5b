import { randomUUID } from 'node:crypto';
import { callGraphQL } from './graphql-http';
import { openLiveSubscription, type LiveSubscription } from './live-subscription';
import {
  SEND_CUSTOMER_MESSAGE,
  SendCustomerMessageResult,
  START_WIDGET_SESSION,
  StartWidgetSessionResult,
  TRIGGER_ACTION,
  TriggerActionResult,
  WIDGET_CONVERSATION_QUERY,
  WIDGET_CONVERSATION_UPDATED,
  WidgetConversationQueryResult,
  WidgetConversationUpdatedResult,
  type ConversationStatus,
  type TimelineEntry,
  type WidgetConversation,
} from './operations';
import { withRetries } from './retry-policy';

/** A message this customer sent, and what became of it. Times are `performance.now()` milliseconds. */
export type SentMessage = {
  clientMessageId: string;
  text: string;
  sentAt: number;
  /** When the API confirmed it (the workflow recorded it). */
  ackAt?: number;
  /** Attempts after the first, all with the same clientMessageId. */
  retries: number;
  /** The timeline entry the message became. */
  entryId?: string;
  /** When the first AI or system entry after it reached this customer, and how. */
  reply?: { entryId: string; kind: TimelineEntry['kind']; at: number; via: EntrySource };
};

type EntrySource = 'send' | 'live' | 'catch-up';

export type WidgetCustomerStats = {
  /** Stream openings after the first (the API restarted, or a stale stream was replaced). */
  reconnects: number;
  /** Entries that arrived through a catch-up query rather than the live stream. */
  caughtUpEntries: number;
  catchUps: number;
  /** Send attempts that failed and were retried with the same clientMessageId. */
  sendRetries: number;
  /** Updates the live stream delivered. */
  liveUpdates: number;
};

/**
 * One simulated customer behaving as the widget does (studio/src/widget/widget-conversation.ts):
 * a widget session of its own, messages with a clientMessageId reused on retry, a live
 * `conversationUpdated` subscription that reconnects, and catch-up with `timeline(since:)`
 * from its last seen entry each time the stream (re)connects.
 */
export class WidgetCustomer {
  conversationId: string | null = null;
  status: ConversationStatus | null = null;
  readonly entries: TimelineEntry[] = [];
  readonly sent: SentMessage[] = [];
  readonly stats: WidgetCustomerStats = { reconnects: 0, caughtUpEntries: 0, catchUps: 0, sendRetries: 0, liveUpdates: 0 };
  private readonly known = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private subscription: LiveSubscription | null = null;
  private closed = false;

  private constructor(
    private readonly url: string,
    readonly token: string,
    readonly label: string,
  ) {}

  static async start(url: string, label: string, options: { deadline?: number } = {}): Promise<WidgetCustomer> {
    const { value } = await withRetries(
      () => callGraphQL({ url, query: START_WIDGET_SESSION, variables: { workspaceKey: 'demo' }, schema: StartWidgetSessionResult }),
      { deadline: options.deadline ?? Date.now() + 60_000 },
    );
    return new WidgetCustomer(url, value.startWidgetSession.token, label);
  }

  get lastSeenId(): string | null {
    return this.entries[this.entries.length - 1]?.id ?? null;
  }

  /** Whether this customer keeps a live subscription (it has not closed the widget). */
  get subscribed(): boolean {
    return this.subscription !== null;
  }

  get subscriptionConnected(): boolean {
    return this.subscription?.connected ?? false;
  }

  /**
   * Sends one message and resolves once the API confirmed it, retrying transient failures
   * (API, Temporal or database down) with the same clientMessageId until `deadline`.
   */
  async send(text: string, options: { deadline?: number } = {}): Promise<SentMessage> {
    const message: SentMessage = { clientMessageId: `bench-${this.label}-${randomUUID()}`, text, sentAt: performance.now(), retries: 0 };
    this.sent.push(message);
    const deadline = options.deadline ?? Date.now() + 120_000;
    const { value, retries } = await withRetries(
      () =>
        callGraphQL({
          url: this.url,
          query: SEND_CUSTOMER_MESSAGE,
          token: this.token,
          variables: {
            input: { text, clientMessageId: message.clientMessageId, ...(this.conversationId ? { conversationId: this.conversationId } : {}) },
            since: this.lastSeenId,
          },
          schema: SendCustomerMessageResult,
          timeoutMs: deadline - Date.now(),
        }),
      { deadline, onRetry: () => (this.stats.sendRetries += 1) },
    );
    message.retries = retries;
    message.ackAt = performance.now();
    this.merge(value.sendCustomerMessage, 'send');
    this.notify();
    if (!this.subscription) this.listen();
    return message;
  }

  /** A widget button, e.g. `talk_to_human`. */
  async triggerAction(action: string, options: { deadline?: number } = {}): Promise<void> {
    if (!this.conversationId) throw new Error('triggerAction needs a conversation: send a message first');
    const { value } = await withRetries(
      () =>
        callGraphQL({
          url: this.url,
          query: TRIGGER_ACTION,
          token: this.token,
          variables: { conversationId: this.conversationId, action, since: this.lastSeenId },
          schema: TriggerActionResult,
        }),
      { deadline: options.deadline ?? Date.now() + 120_000, onRetry: () => (this.stats.sendRetries += 1) },
    );
    this.merge(value.triggerAction, 'send');
  }

  /** Resolves with the message's reply once it has reached this customer, or rejects after `timeoutMs`. */
  waitForReply(message: SentMessage, timeoutMs: number): Promise<NonNullable<SentMessage['reply']>> {
    return this.waitFor(() => message.reply, timeoutMs, `a reply to "${message.text}" in ${this.conversationId}`);
  }

  /** Resolves once `check` returns a value, re-checking after every update this customer receives. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolveWait, reject) => {
      const listener = () => {
        const value = check();
        if (!value) return;
        finish();
        resolveWait(value);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${this.label}: still waiting for ${what} after ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }

  /** Opens the live subscription (the widget does after its first message). */
  listen(): void {
    if (this.subscription || !this.conversationId || this.closed) return;
    const conversationId = this.conversationId;
    let opened = 0;
    this.subscription = openLiveSubscription({
      url: this.url,
      query: WIDGET_CONVERSATION_UPDATED,
      token: this.token,
      variables: () => ({ id: conversationId, since: this.lastSeenId }),
      schema: WidgetConversationUpdatedResult,
      next: (data) => {
        this.stats.liveUpdates += 1;
        this.merge(data.conversationUpdated, 'live');
      },
      connected: () => {
        opened += 1;
        if (opened > 1) this.stats.reconnects += 1;
        void this.catchUp().catch(() => undefined);
      },
    });
  }

  /** Replaces the live stream now; its reconnection catches up (a page does this when a reply is overdue). */
  resubscribe(): void {
    this.subscription?.reconnectNow();
  }

  /** Reads what happened after the last seen entry, as the widget does on every (re)connect. */
  async catchUp(): Promise<void> {
    if (!this.conversationId) return;
    this.stats.catchUps += 1;
    const data = await callGraphQL({
      url: this.url,
      query: WIDGET_CONVERSATION_QUERY,
      token: this.token,
      variables: { id: this.conversationId, since: this.lastSeenId },
      schema: WidgetConversationQueryResult,
    });
    if (data.conversation) this.merge(data.conversation, 'catch-up');
  }

  close(): void {
    this.closed = true;
    this.subscription?.close();
    this.subscription = null;
    this.listeners.clear();
  }

  /** Adds entries not seen yet, in the API's order (every response lists entries after the `since` it was asked with). */
  private merge(conversation: WidgetConversation, via: EntrySource): void {
    this.conversationId ??= conversation.id;
    this.status = conversation.status;
    for (const entry of conversation.timeline) {
      if (this.known.has(entry.id)) continue;
      this.known.add(entry.id);
      this.entries.push(entry);
      if (via === 'catch-up') this.stats.caughtUpEntries += 1;
      // A customer sends one message at a time, so a new customer entry with the text of one still
      // unplaced is that message, whether the send's answer or the live stream brought it first.
      if (entry.kind === 'CUSTOMER') {
        const sent = this.sent.find((message) => !message.entryId && message.text === entry.text);
        if (sent) sent.entryId = entry.id;
      }
      this.noteReplies(via);
    }
    this.notify();
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** Marks the reply of each sent message: the first AI or system entry after the message's own entry. */
  private noteReplies(via: EntrySource = 'send'): void {
    for (const message of this.sent) {
      if (message.reply || !message.entryId) continue;
      const position = this.entries.findIndex((entry) => entry.id === message.entryId);
      if (position < 0) continue;
      const reply = this.entries.slice(position + 1).find((entry) => entry.kind === 'AI' || entry.kind === 'SYSTEM');
      if (reply) message.reply = { entryId: reply.id, kind: reply.kind, at: performance.now(), via };
    }
  }
}
