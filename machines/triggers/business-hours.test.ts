import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { businessHoursConditionHolds, isWithinBusinessHours, msUntilBusinessHoursChange } from './business-hours';

const parisOffice = { timezone: 'Europe/Paris', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
const HOUR = 3_600_000;

describe('business hours', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Monday 09:00 in Paris (08:00 UTC in winter)', '2025-01-06T08:00:00.000Z', true],
    ['Monday 08:59 in Paris', '2025-01-06T07:59:00.000Z', false],
    ['Monday 16:59 in Paris', '2025-01-06T15:59:00.000Z', true],
    ['Monday 17:00 in Paris', '2025-01-06T16:00:00.000Z', false],
    ['Saturday noon in Paris', '2025-01-11T11:00:00.000Z', false],
    ['Monday 09:00 in Paris in summer (07:00 UTC)', '2025-07-07T07:00:00.000Z', true],
    ['Friday 23:30 UTC, already Saturday in Paris', '2025-01-10T23:30:00.000Z', false],
  ];
  for (const [moment, at, open] of cases) {
    test(`${open ? 'are' : 'are not'} open on ${moment}`, () => {
      assert.equal(isWithinBusinessHours(parisOffice, at), open);
    });
  }

  test('a "closed" edge holds outside hours and an "open" edge inside them', () => {
    const saturday = '2025-01-11T11:00:00.000Z';
    assert.equal(businessHoursConditionHolds(parisOffice, saturday), true);
    assert.equal(businessHoursConditionHolds({ ...parisOffice, when: 'open' }, saturday), false);
  });

  test('count down to the next opening over a weekend, and to closing time during the day', () => {
    // Friday 17:30 in Paris to Monday 09:00.
    assert.equal(msUntilBusinessHoursChange(parisOffice, '2025-01-10T16:30:00.000Z'), 63.5 * HOUR);
    assert.equal(msUntilBusinessHoursChange(parisOffice, '2025-01-06T14:00:30.000Z'), 2 * HOUR - 30_000);
  });

  test('merge days that run into each other and never change when open around the clock', () => {
    const allDay = { timezone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' };
    assert.equal(msUntilBusinessHoursChange(allDay, '2025-01-06T12:00:00.000Z'), null);
    const weekdaysAllDay = { ...allDay, days: [1, 2, 3, 4, 5] };
    assert.equal(msUntilBusinessHoursChange(weekdaysAllDay, '2025-01-06T12:00:00.000Z'), (4 * 24 + 12) * HOUR);
  });
});
