import defaultFlowDocument from './default-flow.json';
import { FlowSchema, type Flow } from './flow-schema';

/**
 * The flow `baton start` seeds: the AI answers; a request for a
 * person, frustration, a watched keyword, two unhelpful answers, no confident answer or the
 * widget's "talk to a person" button queue the conversation for a human; an SLA nudge after
 * 5 minutes; agents claim, hand back or resolve; a new message reopens; 30 quiet minutes close.
 */
export const defaultFlow: Flow = FlowSchema.parse(defaultFlowDocument);

/** Node ids of the default flow, which the workflow and the inbox refer to. */
export const DEFAULT_FLOW_NODES = {
  aiAnswering: 'aiAnswering',
  awaitingHuman: 'awaitingHuman',
  humanActive: 'humanActive',
  resolved: 'resolved',
} as const;
