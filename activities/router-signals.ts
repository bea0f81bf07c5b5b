/**
 * Feeds a workspace's assignment router, starting it if it is not running (signal-with-start): the
 * router rebuilds its state from MongoDB when it starts, then applies the signal on top.
 */
import type { Client } from '@temporalio/client';
import { ASSIGNMENT_ROUTER_WORKFLOW_TYPE, assignmentRouterWorkflowId, ROUTER_SIGNALS } from '../machines/routing/router-names';
import type { RoutedAgent, RoutedConversation, RoutingSettings } from '../machines/routing/routing-types';

type RouterSignal =
  | { signal: typeof ROUTER_SIGNALS.conversation; payload: RoutedConversation }
  | { signal: typeof ROUTER_SIGNALS.agent; payload: RoutedAgent }
  | { signal: typeof ROUTER_SIGNALS.settings; payload: RoutingSettings };

export async function signalRouter(client: Client, target: { taskQueue: string; workspaceId: string }, message: RouterSignal): Promise<void> {
  await client.workflow.signalWithStart(ASSIGNMENT_ROUTER_WORKFLOW_TYPE, {
    workflowId: assignmentRouterWorkflowId(target.workspaceId),
    taskQueue: target.taskQueue,
    args: [{ workspaceId: target.workspaceId }],
    signal: message.signal,
    signalArgs: [message.payload],
  });
}
