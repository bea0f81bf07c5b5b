import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultFlow } from '../../machines/default-flow';
import { ConversationDriver } from '../../machines/test-support';
import { summaryBeforeNotices } from '../../workflows/handoff-order';

test('a run recorded before the notices came first replays its escalation with the summary before them, as it ran', () => {
  const conversation = new ConversationDriver(defaultFlow);
  const [message, escalated] = conversation.customerSays('I want a human');
  const types = (actions: { type: string }[]) => actions.map((action) => action.type);
  assert.deepEqual(types(escalated!.actions), [
    'cancelTimer',
    'escalate',
    'postSystemMessage',
    'postSystemMessage',
    'summarizeForHandoff',
    'notifyAgents',
    'startTimer',
  ]);
  const asRecorded = summaryBeforeNotices(escalated!.actions);
  assert.deepEqual(types(asRecorded), [
    'cancelTimer',
    'escalate',
    'summarizeForHandoff',
    'notifyAgents',
    'postSystemMessage',
    'postSystemMessage',
    'startTimer',
  ]);
  assert.deepEqual(new Set(asRecorded), new Set(escalated!.actions), 'the same actions, none lost');
  assert.equal(summaryBeforeNotices(message!.actions), message!.actions, 'a step without a summary is left alone');
});
