import type { TimelineEntryInput } from '../activities/activity-types';
import type { ConversationEvent } from '../machines';
import type { ConversationStep } from './conversation-definitions';

/** A promise with its resolve and reject, for a caller answered later in the loop. */
export type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** An event waiting its turn, with optional timeline entry to record first and a caller to answer. */
export type QueuedEvent = {
  /** Absent for entries that do not concern the machine (internal notes). */
  event?: ConversationEvent;
  entry?: TimelineEntryInput;
  /** Rejects the caller (an update) when the machine ignores the event, instead of answering OK. */
  rejectIfIgnored?: boolean;
  done?: Deferred<ConversationStep>;
  /** The API request the event came with (from its update's header), for the log lines of the step's activities. */
  requestId?: string;
};
