import type { z } from 'zod';
import type { ConversationEventType } from '../conversation-events';
import type { ActionRef, GuardRef } from '../conversation-setup';
import type { FlowEdge, FlowNode, NodeKind } from '../flow-schema';
import type { FlowIssueCode } from '../validate-flow';

/**
 * Everything one trigger type is, in one object: its parameters, where it may sit in a flow,
 * how it fires, what it does besides moving the conversation, how it is worded for people, and
 * how the studio edits it. machines/triggers/index.ts lists them; every table about triggers
 * (flow schema, validation, compiler, studio form, timeline, audit trail, handoff) reads them.
 */
export interface TriggerDefinition<P extends z.ZodType = z.ZodType> {
  /** Strict, so a misspelt parameter is reported instead of ignored. */
  params: P;
  /** What a new edge of this type starts with in the studio. */
  defaults: z.output<P>;
  /** The conversation event it listens to; edges that listen to different events never compete. */
  event: TriggerEvent;
  /**
   * The condition on that event (ANALYSIS_READY and ANSWER_READY guards also wait for their step;
   * a timer whose condition is false when it fires is spent without moving the conversation).
   */
  guard?(params: z.output<P>): GuardRef;
  /**
   * A second event the same edge fires on, with its own condition: AGENT_UNAVAILABLE in human nodes, ANSWER_RATED
   * (the customer's "Did that help?") while the AI answers.
   */
  alsoFiresOn?: { event: SecondaryTriggerEvent; guard(params: z.output<P>): GuardRef };
  /** The trigger's own bookkeeping, run before the edge's other actions. */
  before?: ActionRef[];
  /** Triggers backed by a durable timer the workflow runs. */
  timer?: TriggerTimer<z.output<P>>;
  /** What the trigger does besides moving the conversation. */
  effects?(params: z.output<P>, edge: FlowEdge, source: FlowNode, target: FlowNode): ActionRef[];
  placement: TriggerPlacement<z.output<P>>;
  wording: TriggerWording<z.output<P>>;
  form: TriggerForm;
}

export type TriggerEvent = Exclude<ConversationEventType, 'AGENT_MESSAGE' | 'AGENT_TRANSFER' | 'EMAIL_PROVIDED' | SecondaryTriggerEvent>;

/** Events no trigger listens to first, only as its `alsoFiresOn`. */
export type SecondaryTriggerEvent = 'AGENT_UNAVAILABLE' | 'ANSWER_RATED';

export interface TriggerTimer<Params> {
  /** Milliseconds from `at` until the timer fires, or null when it never would. */
  delayMs(params: Params, at: string): number | null;
  /** Checked when the timer fires, and on every event in the node (the timer covers a quiet conversation). */
  condition?(params: Params): GuardRef;
  /** Every message in the node starts the timer over (silence, not time in the node). */
  restartsOnActivity?: boolean;
  /** A transfer to another agent starts the timer over (the new assignee gets the whole time). */
  restartsOnTransfer?: boolean;
}

/** An edge being checked for where it sits. */
export interface EdgePlacement {
  type: string;
  source: FlowNode;
  target: FlowNode;
  nodeName: (node: FlowNode) => string;
  /** The triggers judged on the analysis of a customer message, for suggestions. */
  analysisTriggers: readonly string[];
}

export interface TriggerPlacement<Params> {
  /** Why an edge of this type can never fire between these nodes (nothing when it can). */
  misplaced?(edge: EdgePlacement): string[];
  /** Puts an agent in charge: the only way into a human node. */
  assignsAgent?: boolean;
  /** Edges with different keys never race on the same event (their own timers, different buttons). */
  raceKey?(edgeId: string, params: Params): string;
  /** What two racing edges both leave on, when more precise than their event. */
  raceDescription?(params: Params): string;
  /** Checks over all the flow's edges of this type, for rules no single edge shows. */
  checkEdges?(edges: FlowEdge[], report: FlowRuleReport, edgeName: (edge: FlowEdge) => string): void;
  /** The trigger a new edge between these kinds of node starts with in the studio. */
  suggestedFor?(source: NodeKind, target: NodeKind): boolean;
}

export type FlowRuleReport = (issue: { code: FlowIssueCode; edgeId: string; message: string }) => void;

export interface TriggerWording<Params> {
  /** A short phrase for admin-facing lists and messages. */
  description: string;
  /** Completes "Escalated to a human because …" on the timeline. */
  cause(params: Params, customerText: string | null): string;
  /** A standalone headline for the agents' notification; the capitalised cause when left out. */
  headline?(params: Params, customerText: string | null): string;
  /** What the audit trail says a step on this trigger means. */
  audit: string;
  /** Why the conversation was handed over, as an agent would say it in the handoff summary. */
  handoff?: string;
}

/** The studio's fields for the parameters, in order; the form renders them by `input`. */
export interface TriggerForm {
  fields: Record<string, TriggerFormField>;
}

export interface TriggerFormField {
  input: 'number' | 'text' | 'words' | 'weekdays' | 'time' | 'choice' | 'choices';
  label: string;
  hint?: string;
  step?: number;
  placeholder?: string;
  /** For `words`: what one entry is called ("keyword"), for the add and remove buttons. */
  item?: string;
  /** For `choice` and `choices`: each value with what the admin reads. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}
