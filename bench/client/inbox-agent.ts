import { callGraphQL } from './graphql-http';
import { openLiveSubscription, type LiveSubscription } from './live-subscription';
import { CLAIM_CONVERSATION, ClaimConversationResult, INBOX_CHANGED, InboxChangedResult, LOGIN, LoginResult, type ConversationStatus } from './operations';
import { withRetries } from './retry-policy';

export type InboxEvent = { conversationId: string; changes: string[]; status: ConversationStatus; receivedAt: number };

/** A signed-in agent with the inbox open: it hears every change in the workspace (`inboxChanged`) and claims conversations. */
export class InboxAgent {
  readonly events: InboxEvent[] = [];
  private readonly listeners = new Set<() => void>();
  private subscription: LiveSubscription | null = null;

  private constructor(
    private readonly url: string,
    readonly token: string,
    readonly name: string,
  ) {}

  static async signIn(url: string, email: string, password: string): Promise<InboxAgent> {
    const { value } = await withRetries(() => callGraphQL({ url, query: LOGIN, variables: { email, password }, schema: LoginResult }), {
      deadline: Date.now() + 60_000,
    });
    return new InboxAgent(url, value.login.token, value.login.user.name);
  }

  /** Opens the inbox's live subscription and resolves once the stream is open. */
  openInbox(): Promise<void> {
    if (this.subscription) return Promise.resolve();
    return new Promise((resolveOpen, reject) => {
      this.subscription = openLiveSubscription({
        url: this.url,
        query: INBOX_CHANGED,
        token: this.token,
        variables: () => ({}),
        schema: InboxChangedResult,
        connected: () => resolveOpen(),
        failed: reject,
        next: ({ inboxChanged }) => {
          this.events.push({
            conversationId: inboxChanged.conversation.id,
            changes: inboxChanged.changes,
            status: inboxChanged.conversation.status,
            receivedAt: performance.now(),
          });
          this.listeners.forEach((listener) => listener());
        },
      });
    });
  }

  /** Resolves with the first event from position `from` on that satisfies `matches`, or rejects after `timeoutMs`. */
  waitForEvent(matches: (event: InboxEvent) => boolean, options: { from: number; timeoutMs: number }): Promise<InboxEvent> {
    return new Promise((resolveEvent, reject) => {
      let cursor = options.from;
      const listener = () => {
        for (; cursor < this.events.length; cursor += 1) {
          const event = this.events[cursor]!;
          if (!matches(event)) continue;
          finish();
          return resolveEvent(event);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${this.name}: no matching inbox event within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }

  /** Claims a conversation and returns how long the round trip took and the status it came back with. */
  async claim(conversationId: string, options: { deadline?: number } = {}): Promise<{ ms: number; status: ConversationStatus }> {
    const startedAt = performance.now();
    const { value } = await withRetries(
      () => callGraphQL({ url: this.url, query: CLAIM_CONVERSATION, token: this.token, variables: { id: conversationId }, schema: ClaimConversationResult }),
      { deadline: options.deadline ?? Date.now() + 60_000 },
    );
    return { ms: performance.now() - startedAt, status: value.claimConversation.status };
  }

  close(): void {
    this.subscription?.close();
    this.subscription = null;
    this.listeners.clear();
  }
}
