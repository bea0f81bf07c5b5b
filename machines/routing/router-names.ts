/**
 * The names of the assignment router workflow and its signals, as plain strings: activities signal
 * it without importing the workflow room (workflows/assignment-definitions.ts defines the typed
 * signals from these same names).
 */
export const ASSIGNMENT_ROUTER_WORKFLOW_TYPE = 'assignmentRouter';
/** One router per workspace: the entity that holds its queue and its agents. */
export const assignmentRouterWorkflowId = (workspaceId: string) => `assignment-router-${workspaceId}`;
export const ROUTER_SIGNALS = {
  conversation: 'conversationRouting',
  agent: 'agentRouting',
  settings: 'routingSettings',
} as const;
