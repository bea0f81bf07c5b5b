import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import proto from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import { TRIGGERS, TRIGGER_TYPES } from '../machines/triggers';
import { buildAuditTrail } from './audit-trail';

const EventType = proto.temporal.api.enums.v1.EventType;

/** The two history events of one recorded step that moved the conversation to the queue. */
function escalationHistory(reason: string): proto.temporal.api.history.v1.IHistoryEvent[] {
  const view = { stateId: 'queue', status: 'AWAITING_HUMAN', assignee: null, escalation: { reason, triggerId: 'edge-1', at: '2025-01-06T10:00:00.000Z' } };
  const HistoryEvent = proto.temporal.api.history.v1.HistoryEvent;
  return [
    HistoryEvent.fromObject({
      eventId: 5,
      eventTime: { seconds: 1_736_157_600 },
      eventType: EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
      activityTaskScheduledEventAttributes: {
        activityType: { name: 'recordConversationStep' },
        input: { payloads: [defaultPayloadConverter.toPayload({ view, entries: [] })] },
      },
    }),
    HistoryEvent.fromObject({
      eventId: 6,
      eventTime: { seconds: 1_736_157_601 },
      eventType: EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
      activityTaskCompletedEventAttributes: { scheduledEventId: 5 },
    }),
  ];
}

describe('the audit trail', () => {
  test('says what the trigger of an escalation means, for every trigger type', () => {
    for (const type of TRIGGER_TYPES) {
      const [transition] = buildAuditTrail('conversation-c1', escalationHistory(type)).entries;
      assert.equal(transition?.kind, 'transition');
      assert.equal(transition.text, `state (start) → queue [AWAITING_HUMAN] — trigger ${type} (edge edge-1): ${TRIGGERS[type].wording.audit}`);
    }
  });

  test('names a reason it does not know as it was recorded, even one named like an Object.prototype member', () => {
    const [transition] = buildAuditTrail('conversation-c1', escalationHistory('constructor')).entries;
    assert.equal(transition?.text, 'state (start) → queue [AWAITING_HUMAN] — trigger constructor (edge edge-1)');
  });
});
