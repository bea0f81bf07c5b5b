import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import { CustomerPresence, TYPING_EVERY_MS, VIEWING_EVERY_MS, type PresenceKind } from './widget-presence';

describe('the customer presence the widget reports', () => {
  test('VIEWING at once and every 15 s while shown; LEFT once on closing, and the beat stops', () => {
    mock.timers.enable({ apis: ['setInterval'] });
    try {
      const sent: PresenceKind[] = [];
      const presence = new CustomerPresence((kind) => sent.push(kind));
      presence.watch(true);
      assert.deepEqual(sent, ['VIEWING']);
      mock.timers.tick(VIEWING_EVERY_MS * 2);
      assert.deepEqual(sent, ['VIEWING', 'VIEWING', 'VIEWING']);
      presence.watch(false, true);
      mock.timers.tick(VIEWING_EVERY_MS * 2);
      assert.deepEqual(sent, ['VIEWING', 'VIEWING', 'VIEWING', 'LEFT']);
      presence.watch(false, true);
      assert.equal(sent.length, 4, 'closing what is already closed reports nothing');
    } finally {
      mock.timers.reset();
    }
  });

  test('TYPING at most every 3 s however fast the customer types', () => {
    let now = 1_000_000;
    const sent: PresenceKind[] = [];
    const presence = new CustomerPresence(
      (kind) => sent.push(kind),
      () => now,
    );
    for (let key = 0; key < 30; key++) {
      presence.typing();
      now += 250;
    }
    // 7.5 s of typing: at 0, 3 and 6 s.
    assert.deepEqual(sent, ['TYPING', 'TYPING', 'TYPING']);
    now += TYPING_EVERY_MS;
    presence.typing();
    assert.equal(sent.length, 4);
  });
});
