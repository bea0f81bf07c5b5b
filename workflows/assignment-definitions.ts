/**
 * The assignment router's messages, shared by the router workflow and whoever feeds it: the
 * conversation step activity (a conversation's routing changed), the API (an agent's availability,
 * capacity or teams changed; the workspace's settings changed). Imports only @temporalio/workflow
 * and machines/ types.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import { ROUTER_SIGNALS } from '../machines/routing/router-names';
import type { CarriedRouting } from '../machines/routing/router-state';
import type { RoutedAgent, RoutedConversation, RoutingSettings } from '../machines/routing/routing-types';

export { ASSIGNMENT_ROUTER_WORKFLOW_TYPE, assignmentRouterWorkflowId } from '../machines/routing/router-names';

export type AssignmentRouterInput = {
  workspaceId: string;
  /** Present when the router continues as new. */
  carried?: CarriedRouterState;
};

export type CarriedRouterState = CarriedRouting & {
  /** Claims sent so far by this router (across runs): each names its claim update, so a retried claim is deduplicated. */
  claimsSent: number;
};

export const conversationRoutingSignal = defineSignal<[RoutedConversation]>(ROUTER_SIGNALS.conversation);
export const agentRoutingSignal = defineSignal<[RoutedAgent]>(ROUTER_SIGNALS.agent);
export const routingSettingsSignal = defineSignal<[RoutingSettings]>(ROUTER_SIGNALS.settings);

export type RouterStateView = {
  settings: RoutingSettings;
  agents: (RoutedAgent & { load: number })[];
  /** Waiting conversations in the order they will be assigned. */
  queue: RoutedConversation[];
  assignmentsInFlight: string[];
};
export const routerStateQuery = defineQuery<RouterStateView>('routerState');
