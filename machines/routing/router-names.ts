/**
 * The names of the assignment router workflow and its signals, as plain strings: activities signal
 * it without importing the workflow room (workflows/assignment-definitions.ts defines the typed
 * signals from these same names).
 */
export const ASSIGNMENT_ROUTER_WORKFLOW_TYPE = 'assignmentRouter';
/**
 * One router per workspace and deployment (task queue): the entity that holds the workspace's queue and
 * agents. The task queue keeps two deployments on one Temporal namespace (staging beside production,
 * test apps beside each other) from sharing a router that reads the other's database.
 */
export const assignmentRouterWorkflowId = (taskQueue: string, workspaceId: string) => `assignment-router-${taskQueue}-${workspaceId}`;
export const ROUTER_SIGNALS = {
  conversation: 'conversationRouting',
  agent: 'agentRouting',
  settings: 'routingSettings',
} as const;
