/**
 * Baton's conversation logic: the escalation flow as data, compiled to an XState machine, and
 * the pure runtime the workflow, the studio simulator and the backtester share. No I/O here.
 */
export {
  FlowSchema,
  FlowNodeSchema,
  FlowEdgeSchema,
  FlowTriggerSchema,
  EdgeEffectsSchema,
  NODE_KINDS,
  FLOW_ID_PATTERN,
  type Flow,
  type FlowNode,
  type FlowEdge,
  type FlowTrigger,
  type EdgeEffects,
  type NodeKind,
  type ConversationStatus,
} from './flow-schema';
export {
  TRIGGERS,
  TRIGGER_TYPES,
  TRIGGER_PARAM_SCHEMAS,
  DEFAULT_TRIGGER_PARAMS,
  TRIGGER_EVENT,
  TRIGGER_DESCRIPTIONS,
  TIMER_TRIGGERS,
  PRIORITIES,
  RESOLVERS,
  isTriggerType,
  isTimerTrigger,
  triggerNamed,
  triggerWordingOf,
  suggestedTriggerFor,
  type TriggerType,
  type TriggerParams,
  type BusinessHoursParams,
  type Priority,
  type Resolver,
} from './trigger-types';
export type { TriggerDefinition, TriggerEvent, TriggerForm, TriggerFormField, TriggerWording } from './triggers';
export { validateFlow, type FlowIssue, type FlowIssueCode, type FlowValidation } from './validate-flow';
export { defaultFlow, DEFAULT_FLOW_NODES } from './default-flow';
export { compileFlow, type ConversationMachine } from './compile-flow';
export { conversationSetup } from './conversation-setup';
export { MessageAnalysisSchema, type MessageAnalysis } from './message-analysis';
export { ConversationEventSchema, type ConversationEvent, type ConversationEventType, type EventOfType } from './conversation-events';
export { ConversationActionSchema, CONVERSATION_ACTION_TYPES, type ConversationAction, type ConversationActionType } from './conversation-actions';
export { initialConversationContext, type ConversationContext, type ConversationInput, type Assignee, type Escalation } from './conversation-context';
export { viewOf, type ConversationSnapshot, type ConversationView } from './conversation-view';
export { startConversation, applyEvent, canApply, type StepResult, type CanApply } from './conversation-runtime';
export { explainIgnoredEvent } from './explain-ignored-event';
export { analyzeCustomerMessage } from './detectors/analyze-customer-message';
export { detectHumanRequest, HUMAN_REQUEST_THRESHOLD, type HumanRequestDetection } from './detectors/human-request';
export { detectFrustration, type FrustrationDetection } from './detectors/frustration';
export { detectNotHelpful, type NotHelpfulDetection } from './detectors/not-helpful';
export { matchKeywords } from './detectors/keywords';
export { isWithinBusinessHours, businessHoursConditionHolds, msUntilBusinessHoursChange } from './triggers/business-hours';
export { AUTOMATED_DEFINITION, conversationOutcome, isAutomated, REOPEN_WINDOW_MS, type ConversationOutcome } from './support-measures';
export {
  backtestFlow,
  compareEscalations,
  replayCustomerTurns,
  type BacktestReport,
  type BacktestRow,
  type BacktestVerdict,
  type RecordedConversation,
  type RecordedTurn,
} from './backtest-flow';
export {
  AGENT_AVAILABILITIES,
  ASSIGNMENT_MODES,
  DEFAULT_ROUTING_SETTINGS,
  RoutingSettingsSchema,
  routingSettingsOf,
  type AgentAvailability,
  type AssignmentMode,
  type RoutingSettings,
  type RoutedAgent,
  type RoutedConversation,
} from './routing/routing-types';
export { ASSIGNMENT_ROUTER_WORKFLOW_TYPE, assignmentRouterWorkflowId, ROUTER_SIGNALS } from './routing/router-names';
