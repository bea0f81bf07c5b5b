import type { Edge, Node } from '@xyflow/react';
import type { EdgeEffects, FlowTrigger, NodeKind } from '../../../machines';

/** A state of the escalation flow, as a React Flow node. */
export type StateNodeData = { label: string; kind: NodeKind; initial: boolean; text?: string; team?: string };
export type StateNode = Node<StateNodeData, 'state'>;

/**
 * A trigger edge: what moves a conversation from one state to another, with its typed parameters.
 * While an admin types, a parameter may be briefly invalid (e.g. a threshold of 1.5); validation
 * from machines/ reports it on the edge rather than the form refusing it.
 */
export type TriggerEdgeData = { trigger: FlowTrigger; priority: number; label: string; effects?: EdgeEffects };
export type TriggerEdge = Edge<TriggerEdgeData, 'trigger'>;

/** A team a queue can route to, as the studio offers it. */
export type TeamOption = { id: string; name: string };
