/**
 * The state of one conversation inside its workflow: it feeds events to the
 * flow's machine (pure), runs the actions the machine returns as activities,
 * and keeps durable timers. Events are processed strictly one at a time, in
 * arrival order, so two handlers never interleave inside the machine.
 */
import { ApplicationFailure, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type * as activities from '../activities/conversation-activities';
import type { ConversationStepRecord, TimelineEntryInput, AnswerResult } from '../activities/activity-types';
// The runtime alone, not machines/index: every module a workflow imports is evaluated and kept
// once per conversation in the worker's cache (validation, backtests and detectors are not needed here).
import { applyEvent, canApply, startConversation, viewOf, type StepResult } from '../machines/conversation-runtime';
import { analysisReadyEvent, answerReadyEvent, failedAnalysis, needsThinking, noAnswer } from '../machines/customer-turn';
import type { ConversationAction, ConversationEvent, ConversationSnapshot, ConversationView, MessageAnalysis } from '../machines';
import {
  ConversationErrorType,
  type CarriedConversationState,
  type ConversationInput,
  type ConversationQueryResult,
  type ConversationStep,
} from './conversation-definitions';
import { ConversationTimers } from './conversation-timers';
import { inRecordedOrder } from './handoff-order';
import { requestIdOfArrivingMessage, setStepRequestId } from './interceptors/request-id';
import { deferred, type Deferred, type QueuedEvent } from './queued-event';
import { StepWrites } from './step-writes';

type Activities = ReturnType<typeof activities.createConversationActivities>;

const writes = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['BadInput'] },
});
const thinking = proxyActivities<Activities>({
  // A model call may be slow; the answerer falls back to the offline path on its own errors.
  startToCloseTimeout: '60 seconds',
  // Model calls heartbeat, so a dead worker's call is retried elsewhere within seconds.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', maximumAttempts: 5 },
});

// The offline detectors and answerer work in the worker's memory in milliseconds, so they run as
// local activities inside the workflow task that received the message: no round trip through the
// server per step, and the results are still recorded (as markers) for replay.
const inMemory = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '30 seconds',
  retry: { initialInterval: '100 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds', maximumAttempts: 5 },
});

/**
 * Since this patch a step writes once: the customer's message, what the AI made of it and its reply
 * land in one write, and the caller is answered by the step's first write. Before it, the message
 * was written, answered, and each action's result cost a round trip through the server.
 */
const SINGLE_WRITE_STEPS = 'single-write-steps';

/** How many recent customer messages the detectors see (repetition, frustration build-up). */
const RECENT_TEXTS = 5;
/** Message ids remembered for de-duplication across continue-as-new. */
const REMEMBERED_IDS = 200;

export class ConversationSession {
  private snapshot: ConversationSnapshot;
  private view: ConversationView;
  private seq: number;
  private stepVersion: number;
  private recentCustomerTexts: string[];
  private readonly seenMessageIds: string[];
  private readonly queue: QueuedEvent[] = [];
  private readonly timers = new ConversationTimers((timerId) => this.queue.push({ event: { type: 'TIMER_FIRED', timerId, at: now() } }));
  private readonly answers = new Map<string, AnswerResult>();
  /** Answers made alongside the analysis (in-memory thinking), used if the machine asks for one. */
  private readonly preparedAnswers = new Map<string, AnswerResult>();
  /** What the step has to write, written in one activity when it flushes. */
  private readonly pending = new StepWrites();
  private escalationSummary: { escalatedAt: string; text: string } | null;
  private busy = false;
  /** The caller of the event being processed, answered once the step's first write lands. */
  private caller: Deferred<ConversationStep> | undefined;
  /** Asked of the worker once per run: whether answers are made in memory (offline) or by a model. */
  private answerer: 'offline' | 'model' | undefined;
  private thinkInMemory = false;
  /** Set for runs whose steps were recorded before SINGLE_WRITE_STEPS: they replay exactly as they ran. */
  private stepsAsRecorded = false;

  constructor(private readonly input: ConversationInput) {
    const carried = input.carried;
    if (carried) {
      this.snapshot = carried.snapshot;
      this.seq = carried.seq;
      this.stepVersion = carried.stepVersion;
      this.recentCustomerTexts = carried.recentCustomerTexts;
      this.seenMessageIds = carried.seenMessageIds;
      this.view = viewOf(input.flow, this.snapshot);
      this.escalationSummary = carried.escalationSummary;
    } else {
      this.escalationSummary = null;
      const started = startConversation(input.flow, { conversationId: input.conversationId, at: now() });
      this.snapshot = started.snapshot;
      this.view = started.view;
      this.seq = input.continuesFrom?.seq ?? 0;
      this.stepVersion = input.continuesFrom?.stepVersion ?? 0;
      this.recentCustomerTexts = [];
      this.seenMessageIds = [];
      // Start-up actions (e.g. timers of the initial state) run before the first event.
      this.queueActions(started);
    }
  }

  /** Restarts timers carried over a continue-as-new with the time they had left. */
  resumeTimers(): void {
    this.timers.resume(this.input.carried?.timers ?? []);
  }

  // ---- handlers (called by the workflow shell) ----

  hasSeen(messageId: string): boolean {
    return this.seenMessageIds.includes(messageId);
  }

  receive(event: ConversationEvent, options: { entry?: TimelineEntryInput; rejectIfIgnored?: boolean; messageId?: string } = {}): Promise<ConversationStep> {
    if (options.messageId) this.remember(options.messageId);
    const done = deferred<ConversationStep>();
    this.queue.push({ event, entry: options.entry, rejectIfIgnored: options.rejectIfIgnored, done, requestId: requestIdOfArrivingMessage() });
    return done.promise;
  }

  /** Records a timeline entry that the machine does not act on (an internal note), in turn with the other events. */
  record(entry: TimelineEntryInput, messageId: string): Promise<ConversationStep> {
    this.remember(messageId);
    const done = deferred<ConversationStep>();
    this.queue.push({ entry, done, requestId: requestIdOfArrivingMessage() });
    return done.promise;
  }

  /** For update validators: would the machine accept this event now? */
  check(event: ConversationEvent): void {
    const verdict = canApply(this.input.flow, this.snapshot, event);
    if (!verdict.ok) throw ApplicationFailure.create({ type: ConversationErrorType.conflict, message: verdict.reason, nonRetryable: true });
  }

  duplicateStep(): ConversationStep {
    return { view: this.view, duplicate: true };
  }

  query(): ConversationQueryResult {
    return { view: this.view, flowVersion: this.input.flowVersion, pendingEvents: this.queue.length, timers: this.timers.ids() };
  }

  get status() {
    return this.view.status;
  }

  hasWork(): boolean {
    return this.queue.length > 0;
  }

  isIdle(): boolean {
    return this.queue.length === 0 && !this.busy;
  }

  carry(): CarriedConversationState {
    return {
      snapshot: this.snapshot,
      seq: this.seq,
      stepVersion: this.stepVersion,
      recentCustomerTexts: this.recentCustomerTexts,
      seenMessageIds: this.seenMessageIds,
      escalationSummary: this.escalationSummary,
      timers: this.timers.carry(),
    };
  }

  /** The label the admin gave an edge, for people to read (its id when it has none). */
  private edgeLabel(edgeId: string): string {
    return this.input.flow.edges.find((edge) => edge.id === edgeId)?.label || edgeId;
  }

  // ---- the loop ----

  /** Processes the next queued event and every follow-up event its actions produce. */
  async processNext(): Promise<void> {
    const next = this.queue.shift();
    if (!next) return;
    this.busy = true;
    // The step's activities log under the request that sent its event (none for a timer).
    setStepRequestId(next.requestId);
    try {
      const at = next.event?.at ?? now();
      const result = next.event ? applyEvent(this.input.flow, this.snapshot, next.event) : null;
      if (!result) {
        if (next.entry) this.pending.entry({ ...next.entry, seq: this.nextSeq() });
        this.pending.change('message');
        await this.flush(at);
        next.done?.resolve({ view: this.view, duplicate: false });
        return;
      }
      if (result.ignored && next.rejectIfIgnored) {
        // Requests that passed validation together (20 claims at once) are refused here, with the reason as it is now.
        const verdict = canApply(this.input.flow, this.snapshot, next.event!);
        const message = verdict.ok ? result.ignored.reason : verdict.reason;
        next.done?.reject(ApplicationFailure.create({ type: ConversationErrorType.conflict, message, nonRetryable: true }));
        return;
      }
      // A message is recorded even when the machine has nothing to do with it: nothing the customer says is dropped.
      if (next.entry) {
        this.pending.entry({ ...next.entry, seq: this.nextSeq() });
        if (next.entry.kind === 'CUSTOMER') this.rememberCustomerText(next.entry.text);
      }
      this.adopt(result, next.event!);
      if (!patched(SINGLE_WRITE_STEPS)) {
        this.stepsAsRecorded = true;
        // The caller's message is durable once this write lands; answer it before the AI works.
        await this.flush(at);
        next.done?.resolve({ view: this.view, duplicate: false });
        await this.runActions(result.actions);
        await this.flush(at);
        return;
      }
      this.caller = next.done;
      const thinks = needsThinking(result.actions);
      this.thinkInMemory = thinks && (await this.answererKind()) === 'offline';
      // A model takes seconds: write the message (and answer the caller) before it starts.
      if (thinks && !this.thinkInMemory) await this.flush(at);
      await this.runActions(result.actions);
      await this.flush(at);
      this.answerCaller();
    } catch (error) {
      next.done?.reject(error);
      throw error;
    } finally {
      this.caller = undefined;
      this.busy = false;
      setStepRequestId(undefined);
    }
  }

  private answerCaller(): void {
    this.caller?.resolve({ view: this.view, duplicate: false });
    this.caller = undefined;
  }

  private async answererKind(): Promise<'offline' | 'model'> {
    this.answerer ??= await inMemory.answererKind();
    return this.answerer;
  }

  /** Where analysis and answers run for this step: in this workflow task, or as activities of their own. */
  private get thinker() {
    return this.thinkInMemory ? inMemory : thinking;
  }

  private queueActions(result: StepResult): void {
    for (const action of result.actions) this.timers.follow(action);
  }

  private adopt(result: StepResult, event: ConversationEvent): void {
    const heldBy = this.view.assignee;
    this.snapshot = result.snapshot;
    if (result.transition) {
      this.pending.transition({
        ...result.transition,
        status: result.view.status,
        at: now(),
        // Leaving a human node clears the assignee: the record names who held it.
        agentId: result.view.assignee?.id ?? heldBy?.id ?? null,
        teamId: result.view.team,
        assignedBy: event.type === 'AGENT_CLAIM' && event.assignedBy === 'router' ? 'router' : null,
      });
    }
    this.view = result.view;
  }

  /** Feeds a follow-up event produced by an action (analysis, answer) straight back into the machine. */
  private async follow(event: ConversationEvent): Promise<void> {
    const result = applyEvent(this.input.flow, this.snapshot, event);
    this.adopt(result, event);
    await this.runActions(result.actions);
  }

  private async runActions(actions: ConversationAction[]): Promise<void> {
    for (const action of inRecordedOrder(actions)) {
      // Most actions only record what to write; awaiting them would cost promises the SDK traces one
      // by one. Steps recorded before SINGLE_WRITE_STEPS awaited each, which lets a cancelled timer's
      // command out before the next timer's, and a replay must issue them in that order.
      const running = this.runAction(action);
      if (running || this.stepsAsRecorded) await running;
    }
  }

  /** Runs one action; returns a promise only for those that wait on an activity. */
  private runAction(action: ConversationAction): Promise<void> | void {
    const { conversationId } = this.input;
    switch (action.type) {
      case 'analyzeMessage':
        return this.analyze(action.messageId, action.text);
      case 'answerQuestion':
        return this.answer(action.messageId, action.text);
      case 'deliverAnswer': {
        const answer = this.answers.get(action.messageId);
        this.answers.delete(action.messageId);
        if (!answer) return;
        this.pending.entry({
          id: `${action.messageId}:ai`,
          seq: this.nextSeq(),
          at: now(),
          kind: 'AI',
          text: answer.answer,
          citations: answer.citations,
          confidence: answer.confidence,
        });
        return;
      }
      case 'escalate':
        this.pending.change('escalated');
        return;
      case 'summarizeForHandoff':
        return this.summarizeForHandoff();
      case 'notifyAgents':
        this.pending.change('notify');
        return;
      case 'postSystemMessage':
        this.pending.entry({
          id: `${conversationId}:s${this.seq + 1}`,
          seq: this.nextSeq(),
          at: now(),
          kind: action.audience === 'agents' ? 'NOTE' : 'SYSTEM',
          text: action.text,
        });
        return;
      case 'setPriority':
        this.pending.change('priority');
        return;
      case 'startTimer':
      case 'cancelTimer':
        this.timers.follow(action);
        return;
      case 'saveContactEmail':
        this.pending.contact(action.email);
        return;
      case 'closeConversation':
        this.pending.change('closed');
        return;
      default: {
        const unknown: never = action;
        throw ApplicationFailure.nonRetryable(`Unknown machine action ${JSON.stringify(unknown)}`);
      }
    }
  }

  private async analyze(messageId: string, text: string): Promise<void> {
    const { workspaceId } = this.input;
    const recentCustomerTexts = this.recentCustomerTexts.slice(0, -1);
    let analysis: MessageAnalysis;
    if (this.thinkInMemory) {
      // One local activity analyses the message and prepares its answer: in memory retrieval costs
      // less than a second local activity, and an escalation simply leaves the answer unused.
      const thought = await inMemory.analyzeAndAnswer({ workspaceId, text, recentCustomerTexts }).catch(() => ({ analysis: failedAnalysis(), answer: null }));
      analysis = thought.analysis;
      if (thought.answer) this.preparedAnswers.set(messageId, thought.answer);
    } else {
      analysis = await thinking.analyzeMessage({ workspaceId, text, recentCustomerTexts }).catch(failedAnalysis);
    }
    this.pending.patch({ id: messageId, analysis });
    await this.follow(analysisReadyEvent(messageId, analysis, now()));
    this.preparedAnswers.delete(messageId);
  }

  private async answer(messageId: string, question: string): Promise<void> {
    const history = this.recentCustomerTexts.slice(0, -1).map((text) => ({ role: 'customer' as const, text }));
    const answer =
      this.preparedAnswers.get(messageId) ??
      (await this.thinker
        .answerQuestion({ workspaceId: this.input.workspaceId, question, history })
        .catch((): AnswerResult => ({ answer: '', ...noAnswer(), citations: [] })));
    this.preparedAnswers.delete(messageId);
    this.answers.set(messageId, answer);
    this.pending.patch({ id: messageId, answer: { confidence: answer.confidence, abstain: answer.abstain } });
    await this.follow(answerReadyEvent(messageId, answer, now()));
  }

  private async summarizeForHandoff(): Promise<void> {
    const { conversationId, workspaceId } = this.input;
    const escalation = this.view.escalation;
    if (!escalation) return;
    // The summary reads the timeline, so what this step wrote must land first.
    await this.flush(now());
    const text = await thinking
      .summarizeHandoff({ conversationId, workspaceId, reason: escalation.reason, triggerLabel: this.edgeLabel(escalation.triggerId) })
      .catch(() => `Escalated (${escalation.reason}); the summary could not be written, read the timeline.`);
    this.escalationSummary = { escalatedAt: escalation.at, text };
    this.pending.change('summary');
  }

  /** Writes what the step produced (timeline entries, analyses, the view) in one activity. */
  private async flush(at: string): Promise<void> {
    if (this.pending.isEmpty()) return;
    this.stepVersion += 1;
    const { entries, messagePatches, contactEmail, transitions, changes } = this.pending.take();
    const record: ConversationStepRecord = {
      conversationId: this.input.conversationId,
      workspaceId: this.input.workspaceId,
      customer: this.input.customer,
      flowVersion: this.input.flowVersion,
      stepVersion: this.stepVersion,
      at,
      view: this.view,
      escalationSummary: this.view.escalation && this.escalationSummary?.escalatedAt === this.view.escalation.at ? this.escalationSummary.text : null,
      entries,
      messagePatches,
      contactEmail,
      transitions,
      changes,
    };
    await writes.recordConversationStep(record);
    this.answerCaller();
  }

  private nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  private remember(messageId: string): void {
    this.seenMessageIds.push(messageId);
    if (this.seenMessageIds.length > REMEMBERED_IDS) this.seenMessageIds.splice(0, this.seenMessageIds.length - REMEMBERED_IDS);
  }

  private rememberCustomerText(text: string): void {
    this.recentCustomerTexts = [...this.recentCustomerTexts, text].slice(-RECENT_TEXTS);
  }
}

/** Workflow time (deterministic in the sandbox). */
export function now(): string {
  return new Date().toISOString();
}
