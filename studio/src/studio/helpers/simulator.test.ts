import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultFlow, type Flow } from '../../../../machines';
import { SIMULATED_AGENT, fireTimer, simulateCustomerMessage, simulateEvent, startSimulation } from './simulator';

const flow: Flow = structuredClone(defaultFlow);
const confident = { confidence: 0.9, abstain: false };

describe('the studio simulator', () => {
  test('"I want a human" moves the conversation to awaitingHuman through the human-request edge', () => {
    const simulation = simulateCustomerMessage(flow, startSimulation(flow), 'I want a human', confident);
    assert.equal(simulation.snapshot.value, 'awaitingHuman');
    assert.equal(simulation.firedEdgeId, 'human-request');
    assert.ok(simulation.lines.some((line) => line.kind === 'move' && /AI answering → Awaiting a human/.test(line.text)));
  });

  test('an ordinary question is answered with the stand-in confidence and stays with the AI', () => {
    const simulation = simulateCustomerMessage(flow, startSimulation(flow), 'How do I export my data?', confident);
    assert.equal(simulation.snapshot.value, 'aiAnswering');
    assert.equal(simulation.firedEdgeId, null);
    assert.ok(simulation.lines.some((line) => line.kind === 'ai' && /stand-in/.test(line.text)));
  });

  test('a stand-in confidence below the no-answer threshold escalates with no_answer', () => {
    const simulation = simulateCustomerMessage(flow, startSimulation(flow), 'How do I export my data?', { confidence: 0.1, abstain: false });
    assert.equal(simulation.snapshot.value, 'awaitingHuman');
    assert.equal(simulation.firedEdgeId, 'no-answer');
  });

  test('firing the SLA timer keeps the conversation waiting, raises its priority and lights the sla edge', () => {
    let simulation = simulateCustomerMessage(flow, startSimulation(flow), 'I want a human', confident);
    const timerId = simulation.snapshot.context.timers.sla!;
    assert.ok(timerId, 'an SLA timer runs while the conversation waits');
    const before = simulation.clockMs;
    simulation = fireTimer(flow, simulation, timerId, 'Unclaimed for 5 minutes');
    assert.equal(simulation.snapshot.value, 'awaitingHuman');
    assert.equal(simulation.firedEdgeId, 'sla');
    assert.equal(simulation.snapshot.context.priority, 'high');
    assert.equal(simulation.clockMs - before, 5 * 60_000, 'the simulated clock jumps to when the timer fires');
  });

  test('an agent who answers keeps the conversation when the time to answer runs out; one who goes away silent loses it', () => {
    let simulation = simulateCustomerMessage(flow, startSimulation(flow), 'I want a human', confident);
    simulation = simulateEvent(flow, simulation, { type: 'AGENT_CLAIM', ...SIMULATED_AGENT });
    simulation = simulateEvent(flow, simulation, { type: 'AGENT_MESSAGE', agentId: SIMULATED_AGENT.agentId, messageId: 'agent-1' });
    simulation = fireTimer(flow, simulation, simulation.snapshot.context.timers['agent-no-reply']!, "Agent didn't answer in 10 minutes");
    assert.equal(simulation.snapshot.value, 'humanActive');

    let silent = simulateCustomerMessage(flow, startSimulation(flow), 'I want a human', confident);
    silent = simulateEvent(flow, silent, { type: 'AGENT_CLAIM', ...SIMULATED_AGENT });
    silent = simulateEvent(flow, silent, { type: 'AGENT_UNAVAILABLE', agentId: SIMULATED_AGENT.agentId, availability: 'AWAY' });
    assert.equal(silent.snapshot.value, 'awaitingHuman');
    assert.equal(silent.firedEdgeId, 'agent-no-reply');
    assert.ok(silent.lines.some((line) => line.text === 'To agents: Simulated agent went away without answering; back in the queue'));
  });

  test('an agent claims, then resolves; an event the state cannot take is explained, not dropped', () => {
    let simulation = simulateCustomerMessage(flow, startSimulation(flow), 'I want a human', confident);
    simulation = simulateEvent(flow, simulation, { type: 'AGENT_CLAIM', ...SIMULATED_AGENT });
    assert.equal(simulation.snapshot.value, 'humanActive');
    simulation = simulateEvent(flow, simulation, { type: 'AGENT_CLAIM', ...SIMULATED_AGENT });
    assert.equal(simulation.lines.at(-1)?.kind, 'ignored');
    simulation = simulateEvent(flow, simulation, { type: 'RESOLVE', by: 'agent', agentId: SIMULATED_AGENT.agentId });
    assert.equal(simulation.snapshot.value, 'resolved');
  });
});
