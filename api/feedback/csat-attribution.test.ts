import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csatAttribution } from './csat-attribution';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute));
const move = (minute: number, status: 'AI_ANSWERING' | 'AWAITING_HUMAN' | 'HUMAN_ACTIVE' | 'RESOLVED', agentId?: string) => ({
  at: at(minute),
  from: 'a',
  to: 'b',
  status,
  triggerType: null,
  triggerId: null,
  ...(agentId ? { agentId } : {}),
});

describe('whom a CSAT rating is about', () => {
  test('a conversation the AI resolved alone: no agent, not handed off', () => {
    assert.deepEqual(csatAttribution({ transitions: [move(5, 'RESOLVED')], assignee: null }), { agentId: null, handedOff: false });
  });

  test('the agent who held it last, whatever order the transitions are stored in', () => {
    const transitions = [move(9, 'RESOLVED', 'u_second'), move(1, 'AWAITING_HUMAN'), move(2, 'HUMAN_ACTIVE', 'u_first'), move(6, 'HUMAN_ACTIVE', 'u_second')];
    assert.deepEqual(csatAttribution({ transitions, assignee: null }), { agentId: 'u_second', handedOff: true });
  });

  test('an escalation nobody claimed is handed off, with no agent', () => {
    assert.deepEqual(csatAttribution({ transitions: [move(1, 'AWAITING_HUMAN'), move(30, 'RESOLVED')], assignee: null }), {
      agentId: null,
      handedOff: true,
    });
  });

  test('without transitions naming an agent, the assignee', () => {
    assert.deepEqual(csatAttribution({ transitions: [], assignee: { id: 'u_1', name: 'Sam' } }), { agentId: 'u_1', handedOff: true });
  });
});
