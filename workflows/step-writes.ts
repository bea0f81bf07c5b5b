import type { ConversationStepRecord, CustomerMessagePatch, TimelineEntryInput } from '../activities/activity-types';
import type { ConversationChange } from '../activities/inbox-events';

type Buffered = Pick<ConversationStepRecord, 'entries' | 'messagePatches' | 'contactEmail' | 'transitions' | 'changes'>;

/**
 * What a step has to write, gathered while the machine's actions run and written in one
 * activity when the step flushes (workflows/conversation-session.ts).
 */
export class StepWrites {
  private entries: TimelineEntryInput[] = [];
  private patches: CustomerMessagePatch[] = [];
  private changes = new Set<ConversationChange>();
  private contactEmail: string | null = null;
  private transitions: ConversationStepRecord['transitions'] = [];

  /** A timeline entry; every entry is news to the inbox. */
  entry(entry: TimelineEntryInput): void {
    this.entries.push(entry);
    this.changes.add('message');
  }

  patch(patch: CustomerMessagePatch): void {
    this.patches.push(patch);
  }

  change(change: ConversationChange): void {
    this.changes.add(change);
  }

  contact(email: string): void {
    this.contactEmail = email;
    this.changes.add('contact');
  }

  transition(transition: ConversationStepRecord['transitions'][number]): void {
    this.transitions.push(transition);
    this.changes.add(`state:${transition.to}`);
  }

  isEmpty(): boolean {
    return this.entries.length === 0 && this.patches.length === 0 && this.changes.size === 0 && this.transitions.length === 0;
  }

  /** Hands over what was gathered and starts the next write empty. */
  take(): Buffered {
    const taken: Buffered = {
      entries: this.entries,
      messagePatches: this.patches,
      contactEmail: this.contactEmail,
      transitions: this.transitions,
      changes: [...this.changes],
    };
    this.entries = [];
    this.patches = [];
    this.changes = new Set();
    this.contactEmail = null;
    this.transitions = [];
    return taken;
  }
}
