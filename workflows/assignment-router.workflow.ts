/**
 * Workflow `assignmentRouter`: one per workspace, id `assignment-router-<taskQueue>-<workspaceId>`, an entity
 * that holds the workspace's queue and its agents (machines/routing/router-state.ts decides).
 * Conversations report every routing change (the step activity signals it), the API reports agents'
 * availability, capacity and teams and the workspace's settings; signal-with-start creates it on
 * the first report, and it rebuilds its state from MongoDB when it starts.
 *
 * It gives a conversation to an agent by sending the conversation the same `claim` update an agent's
 * click sends: the conversation's machine stays the one judge of who holds it, so a manual claim and
 * an automatic one can race and exactly one wins. Each claim carries an update id of its own, so a
 * claim retried after a worker crash is answered from the first attempt instead of claiming again.
 */
import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { AssignmentActivities } from '../activities/assignment-activities';
import { carryRouting, restoreRouting, RouterState } from '../machines/routing/router-state';
import type { RoutedAgent, RoutedConversation, RoutingSettings } from '../machines/routing/routing-types';
import { agentRoutingSignal, conversationRoutingSignal, routerStateQuery, routingSettingsSignal, type AssignmentRouterInput } from './assignment-definitions';
import { agentUnavailableUpdate, claimUpdate, conversationWorkflowId } from './conversation-definitions';

const { loadRouterState, markIdleAgentsAway, updateConversation } = proxyActivities<AssignmentActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '5 seconds' },
});

/** Keeps a busy workspace's history short: a run continues as new past this many events. */
const EVENTS_PER_RUN = 2000;
const MIN_IDLE_CHECK_GAP_MS = 1000;
/** While conversations wait, the router re-reads MongoDB this often, making up for any report that was lost. */
const RECONCILE_EVERY_MS = 5 * 60_000;

export async function assignmentRouter(input: AssignmentRouterInput): Promise<void> {
  const { workspaceId } = input;
  let state: RouterState | undefined = input.carried ? restoreRouting(input.carried) : undefined;
  let claimsSent = input.carried?.claimsSent ?? 0;
  let changed = true;
  let running = 0;
  let loadedAt = Date.now();
  let lastIdleCheck = 0;
  // Conversations reported while a reconciling read is on the way: the read must not drop them.
  let reportedMeanwhile: Set<string> | undefined;
  // Signals that arrive before the state is loaded are applied on top of it (each copy is versioned).
  const early: ((state: RouterState) => void)[] = [];
  const apply = (change: (state: RouterState) => void) => {
    changed = true;
    if (state) change(state);
    else early.push(change);
  };
  setHandler(conversationRoutingSignal, (report: RoutedConversation) => {
    reportedMeanwhile?.add(report.conversationId);
    apply((s) => s.updateConversation(report));
  });
  setHandler(agentRoutingSignal, (agent: RoutedAgent) => apply((s) => s.updateAgent(agent)));
  setHandler(routingSettingsSignal, (settings: RoutingSettings) =>
    apply((s) => {
      s.settings = settings;
    }),
  );
  setHandler(routerStateQuery, () => ({
    settings: state?.settings ?? { mode: 'MANUAL', defaultCapacity: 0, awayAfterSeconds: 0, reassignAfterSeconds: 0 },
    agents: state ? [...state.agents.values()].map((agent) => ({ ...agent, load: state!.loadOf(agent.agentId) })) : [],
    queue: state?.queue() ?? [],
    assignmentsInFlight: state ? [...state.inFlight.keys()] : [],
  }));

  if (!state) {
    const loaded = await loadRouterState(workspaceId);
    state = new RouterState(loaded.settings);
    for (const agent of loaded.agents) state.updateAgent(agent);
    for (const conversation of loaded.conversations) state.updateConversation(conversation);
    for (const change of early.splice(0)) change(state);
  }
  const routing = state;

  const track = (work: Promise<void>) => {
    running += 1;
    void work.finally(() => {
      running -= 1;
      changed = true;
    });
  };
  const claimFor = (conversationId: string, agentId: string, agentName: string) => {
    claimsSent += 1;
    const updateId = `assign-${workspaceId}-${claimsSent}`;
    return updateConversation({
      workflowId: conversationWorkflowId(conversationId),
      updateName: claimUpdate.name,
      args: [{ agentId, agentName, assignedBy: 'router' }],
      updateId,
    }).then((outcome) => (outcome.ok ? routing.assigned(conversationId, agentId) : routing.refused(conversationId)));
  };

  for (;;) {
    changed = false;
    for (const { conversationId, agentId, agentName } of routing.planAssignments()) track(claimFor(conversationId, agentId, agentName));
    const now = Date.now();
    const requeues = routing.dueRequeues(now);
    for (const { conversationId, agentId, availability } of requeues.due) {
      routing.requeuesAsked.set(conversationId, agentId);
      claimsSent += 1;
      track(
        updateConversation({
          workflowId: conversationWorkflowId(conversationId),
          updateName: agentUnavailableUpdate.name,
          args: [{ agentId, availability }],
          updateId: `requeue-${workspaceId}-${claimsSent}`,
        }).then(() => undefined),
      );
    }
    // At most one idle check a second: a worker whose clock lags the workflow's would otherwise find
    // nobody idle yet and be asked again at once.
    const due = routing.nextIdleCheck();
    const idleAt = due === null ? null : Math.max(due, lastIdleCheck + MIN_IDLE_CHECK_GAP_MS);
    if (idleAt !== null && idleAt <= now) {
      lastIdleCheck = now;
      const agents = await markIdleAgentsAway({ workspaceId, awayAfterSeconds: routing.settings.awayAfterSeconds });
      for (const agent of agents) routing.updateAgent(agent);
      continue;
    }
    if (routing.queue().length > 0 && now - loadedAt >= RECONCILE_EVERY_MS) {
      reportedMeanwhile = new Set();
      const snapshot = await loadRouterState(workspaceId);
      routing.reconcile(snapshot, reportedMeanwhile);
      reportedMeanwhile = undefined;
      loadedAt = Date.now();
      continue;
    }
    const reconcileAt = routing.queue().length > 0 ? loadedAt + RECONCILE_EVERY_MS : Infinity;
    const wakeAt = Math.min(idleAt ?? Infinity, requeues.nextAt ?? Infinity, reconcileAt);
    const longRun = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > EVENTS_PER_RUN;
    // A long run continues as new once no claim is on the way (a claim's result lands in this run).
    const wake = () => changed || (running === 0 && longRun());
    if (wakeAt === Infinity) await condition(wake);
    else await condition(wake, Math.max(1, wakeAt - Date.now()));
    if (!changed && running === 0 && longRun()) {
      await continueAsNew<typeof assignmentRouter>({ workspaceId, carried: { ...carryRouting(routing), claimsSent } });
    }
  }
}
