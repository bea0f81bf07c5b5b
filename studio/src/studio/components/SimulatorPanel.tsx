import { useState } from 'react';
import type { Flow } from '../../../../machines';
import type { useSimulator } from '../hooks/use-simulator';

type SimulatorControls = ReturnType<typeof useSimulator>;

/** Chat against the draft with the same machines/ code the server runs; the graph lights the current state and the edge that fired. */
export function SimulatorPanel({ flow, simulator }: { flow: Flow; simulator: SimulatorControls }) {
  const [text, setText] = useState('');
  const { simulation, standIn } = simulator;
  const state = simulation ? flow.nodes.find((node) => node.id === simulation.snapshot.value) : undefined;
  const actions = [...new Set(flow.edges.flatMap((edge) => (edge.trigger.type === 'action' ? [edge.trigger.params.action] : [])))];
  const timers = simulation ? Object.entries(simulation.snapshot.context.timers) : [];
  const edgeLabel = (edgeId: string) => flow.edges.find((edge) => edge.id === edgeId)?.label ?? edgeId;

  return (
    <section className="side-section" aria-labelledby="simulator-title">
      <h2 id="simulator-title">Simulator</h2>
      <p className="hint">Plays a conversation on this draft with the same conversation code the server runs. Nothing is saved.</p>
      <div className="stand-in">
        <strong>Stand-in answers.</strong> No knowledge base runs in the browser, so when the flow asks the AI to answer, the simulator pretends it answered
        with this confidence:
        <div className="row">
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={standIn.confidence}
            aria-label="Stand-in answer confidence"
            onChange={(event) => simulator.setStandIn({ ...standIn, confidence: Number(event.target.value) })}
          />
          <output>{standIn.confidence.toFixed(2)}</output>
          <label className="inline">
            <input type="checkbox" checked={standIn.abstain} onChange={(event) => simulator.setStandIn({ ...standIn, abstain: event.target.checked })} />
            AI finds no answer
          </label>
        </div>
      </div>
      {!simulation ? (
        <p className="field-error" role="status">
          {simulator.problem ?? 'Fix the errors in the flow to simulate it.'}
        </p>
      ) : (
        <>
          <p role="status" className="current-state" data-state={simulation.snapshot.value}>
            Current state: <strong>{state?.label ?? simulation.snapshot.value}</strong>
          </p>
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              if (!text.trim()) return;
              simulator.customerSays(text.trim());
              setText('');
            }}
          >
            <label className="visually-hidden" htmlFor="simulator-message">
              Customer message
            </label>
            <input id="simulator-message" placeholder="The customer says…" value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit" className="primary">
              Send
            </button>
          </form>
          <div className="row">
            {actions.map((action) => (
              <button key={action} type="button" onClick={() => simulator.pressAction(action)}>
                Press “{action}”
              </button>
            ))}
            <button type="button" onClick={simulator.agentClaims}>
              Agent claims
            </button>
            <button type="button" onClick={simulator.agentReplies}>
              Agent replies
            </button>
            <button type="button" onClick={simulator.agentGoesAway}>
              Agent goes away
            </button>
            <button type="button" onClick={simulator.agentReleases}>
              Agent releases
            </button>
            <button type="button" onClick={simulator.resolve}>
              Resolve
            </button>
            {timers.map(([edgeId, timerId]) => (
              <button key={timerId} type="button" onClick={() => simulator.fireTimer(timerId, edgeLabel(edgeId))}>
                Fire timer: {edgeLabel(edgeId)}
              </button>
            ))}
            <button type="button" onClick={simulator.restart}>
              Restart
            </button>
          </div>
          {simulator.problem && (
            <p className="field-error" role="alert">
              {simulator.problem}
            </p>
          )}
          <ol className="simulator-log" aria-label="Simulation log">
            {simulation.lines.map((line, index) => (
              <li key={index} className={line.kind}>
                {line.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
