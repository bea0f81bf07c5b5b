import { useCallback, useEffect, useState } from 'react';
import type { Flow } from '../../../../machines';
import { widgetActionLabel } from '../../../../machines/widget-actions';
import { SIMULATED_AGENT, fireTimer, simulateCustomerMessage, simulateEvent, startSimulation, type Simulation, type StandInAnswer } from '../helpers/simulator';

/**
 * A simulated conversation on the draft flow. It restarts whenever what the flow means changes
 * (moving a box does not count), and not at all while the flow is invalid.
 */
export function useSimulator(flow: Flow, logicKey: string, valid: boolean) {
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const [standIn, setStandIn] = useState<StandInAnswer>({ confidence: 0.8, abstain: false });
  const [problem, setProblem] = useState<string | null>(null);

  const restart = useCallback(() => {
    setProblem(null);
    if (!valid) return setSimulation(null);
    try {
      setSimulation(startSimulation(flow));
    } catch (error) {
      setSimulation(null);
      setProblem(error instanceof Error ? error.message : String(error));
    }
    // The simulation follows the flow's meaning, not its layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- logicKey stands for the flow's meaning
  }, [logicKey, valid]);

  useEffect(() => restart(), [restart]);

  const step = useCallback((advance: (current: Simulation) => Simulation) => {
    setSimulation((current) => {
      if (!current) return current;
      try {
        return advance(current);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
        return current;
      }
    });
  }, []);

  return {
    simulation,
    standIn,
    setStandIn,
    problem,
    restart,
    customerSays: (text: string) => step((current) => simulateCustomerMessage(flow, current, text, standIn)),
    pressAction: (action: string) =>
      step((current) => simulateEvent(flow, current, { type: 'CUSTOMER_ACTION', action }, `Customer pressed the widget button “${widgetActionLabel(action)}”`)),
    agentClaims: () => step((current) => simulateEvent(flow, current, { type: 'AGENT_CLAIM', ...SIMULATED_AGENT }, 'An agent claims the conversation')),
    agentReplies: () =>
      step((current) =>
        simulateEvent(
          flow,
          current,
          { type: 'AGENT_MESSAGE', agentId: SIMULATED_AGENT.agentId, messageId: `agent-${current.lines.length}` },
          'The agent answers the customer',
        ),
      ),
    agentGoesAway: () =>
      step((current) =>
        simulateEvent(
          flow,
          current,
          { type: 'AGENT_UNAVAILABLE', agentId: SIMULATED_AGENT.agentId, availability: 'AWAY' },
          'The agent goes away (automatic assignment reports it)',
        ),
      ),
    agentReleases: () =>
      step((current) => simulateEvent(flow, current, { type: 'AGENT_RELEASE', agentId: SIMULATED_AGENT.agentId }, 'The agent hands back to the AI')),
    resolve: () =>
      step((current) =>
        simulateEvent(flow, current, { type: 'RESOLVE', by: 'agent', agentId: SIMULATED_AGENT.agentId }, 'The agent resolves the conversation'),
      ),
    fireTimer: (timerId: string, label: string) => step((current) => fireTimer(flow, current, timerId, label)),
  };
}
