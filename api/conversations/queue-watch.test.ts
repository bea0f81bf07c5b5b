import assert from 'node:assert/strict';
import { setImmediate as settled } from 'node:timers/promises';
import { describe, test } from 'node:test';
import type { ConversationChanged } from '../../activities/inbox-events';
import { createBatonPubSub, publishConversationChanged } from '../pubsub';
import { createQueueWatch } from './queue-watch';

const TEAMS: Record<string, string | null> = { c_billing_1: 'billing', c_billing_2: 'billing', c_tech: 'tech', c_general: null };

describe('queue watch', () => {
  test("one read per inbox change that can move a queue, passed only to the waiting streams of that change's team", async () => {
    const pubsub = createBatonPubSub();
    const reads: string[] = [];
    const watch = createQueueWatch(pubsub, async (conversationId) => {
      reads.push(conversationId);
      return TEAMS[conversationId];
    });
    const moved: Record<string, ConversationChanged[]> = { mine: [], alsoBilling: [], tech: [] };
    const stops = [
      watch.watch('ws', { conversationId: 'c_mine', teamId: () => 'billing', moved: (cause) => void moved.mine!.push(cause) }),
      watch.watch('ws', { conversationId: 'c_billing_2', teamId: () => 'billing', moved: (cause) => void moved.alsoBilling!.push(cause) }),
      watch.watch('ws', { conversationId: 'c_tech', teamId: () => 'tech', moved: (cause) => void moved.tech!.push(cause) }),
    ];

    publishConversationChanged(pubsub, { conversationId: 'c_billing_1', workspaceId: 'ws', changes: ['message'] });
    publishConversationChanged(pubsub, { conversationId: 'c_billing_1', workspaceId: 'other', changes: ['escalated'] });
    publishConversationChanged(pubsub, { conversationId: 'c_billing_1', workspaceId: 'ws', changes: ['state:humanActive'] });
    publishConversationChanged(pubsub, { conversationId: 'c_billing_2', workspaceId: 'ws', changes: ['closed'] });
    for (let turn = 0; turn < 5; turn++) await settled();

    assert.deepEqual(reads, ['c_billing_1', 'c_billing_2'], 'a message moves no queue, and another workspace is not this one');
    assert.deepEqual(
      moved.mine!.map((cause) => cause.conversationId),
      ['c_billing_1', 'c_billing_2'],
    );
    assert.deepEqual(
      moved.alsoBilling!.map((cause) => cause.conversationId),
      ['c_billing_1'],
      'its own change is not news to it',
    );
    assert.deepEqual(moved.tech, []);

    stops.forEach((stop) => stop());
    publishConversationChanged(pubsub, { conversationId: 'c_tech', workspaceId: 'ws', changes: ['escalated'] });
    for (let turn = 0; turn < 5; turn++) await settled();
    assert.deepEqual(reads, ['c_billing_1', 'c_billing_2'], 'once nobody waits, the inbox is not listened to');
  });
});
