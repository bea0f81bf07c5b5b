/**
 * Feeds a workspace's assignment router, starting it if it is not running (signal-with-start): the
 * router rebuilds its state from MongoDB when it starts, then applies the signal on top.
 */
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { ASSIGNMENT_ROUTER_WORKFLOW_TYPE, assignmentRouterWorkflowId, ROUTER_SIGNALS } from '../machines/routing/router-names';
import type { RoutedAgent, RoutedConversation, RoutingSettings } from '../machines/routing/routing-types';

type RouterSignal =
  | { signal: typeof ROUTER_SIGNALS.conversation; payload: RoutedConversation }
  | { signal: typeof ROUTER_SIGNALS.agent; payload: RoutedAgent }
  | { signal: typeof ROUTER_SIGNALS.settings; payload: RoutingSettings };

export async function signalRouter(client: Client, target: { taskQueue: string; workspaceId: string }, message: RouterSignal): Promise<void> {
  await client.workflow.signalWithStart(ASSIGNMENT_ROUTER_WORKFLOW_TYPE, {
    workflowId: assignmentRouterWorkflowId(target.taskQueue, target.workspaceId),
    taskQueue: target.taskQueue,
    args: [{ workspaceId: target.workspaceId }],
    signal: message.signal,
    signalArgs: [message.payload],
  });
}

/** For activities: a conversation's routing change, through the worker's own client, to its workspace's router on this task queue. */
export async function reportRoutingThroughActivityClient(workspaceId: string, report: RoutedConversation): Promise<void> {
  const context = Context.current();
  await signalRouter(context.client, { taskQueue: context.info.taskQueue, workspaceId }, { signal: ROUTER_SIGNALS.conversation, payload: report });
}
