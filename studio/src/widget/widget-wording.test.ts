import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { awayLine, expectedWaitLine, formatBackAt, looksLikeEmail, queueLine, unreadTitle } from './widget-wording';

describe('widget wording', () => {
  test('the queue position reads as a place in line, and says nothing when unknown', () => {
    assert.equal(queueLine(3), "You're number 3 in line");
    assert.equal(queueLine(1), "You're next in line");
    assert.equal(queueLine(null), null);
    assert.equal(queueLine(0), null);
  });

  test('an expected wait under 5 minutes is "a few minutes", above it about N minutes, and null promises nothing', () => {
    assert.equal(expectedWaitLine(null), null);
    assert.equal(expectedWaitLine(undefined), null);
    assert.match(expectedWaitLine(0)!, /a few minutes/);
    assert.match(expectedWaitLine(299)!, /a few minutes/);
    assert.match(expectedWaitLine(300)!, /about 5 minutes/);
    assert.match(expectedWaitLine(1_260)!, /about 21 minutes/);
    assert.match(expectedWaitLine(3 * 3600)!, /about 3 hours/);
  });

  test('{{backAt}} is the time in the customer’s own zone and locale', () => {
    const iso = '2026-12-07T09:00:00.000Z';
    assert.equal(formatBackAt(iso, 'en-GB', 'Europe/Lisbon'), 'Mon 09:00');
    assert.equal(formatBackAt(iso, 'en-US', 'America/New_York'), 'Mon 4:00 AM');
    assert.equal(formatBackAt('not a date'), null);
    assert.equal(awayLine("We're closed; back {{backAt}}.", iso, 'en-GB', 'Europe/Lisbon'), "We're closed; back Mon 09:00.");
    assert.equal(awayLine('Back {{ backAt }}', null), 'Back soon');
    assert.match(awayLine(null, null), /Leave your email/);
  });

  test('email addresses are checked loosely in the page', () => {
    assert.ok(looksLikeEmail('x@y.example'));
    assert.ok(looksLikeEmail(' sam@example.com '));
    assert.ok(!looksLikeEmail('x@y'));
    assert.ok(!looksLikeEmail('not an email'));
    assert.ok(!looksLikeEmail('a b@c.de'));
  });

  test('the host page title counts unread replies', () => {
    assert.equal(unreadTitle(1, 'Pricing'), '(1) New message · Pricing');
    assert.equal(unreadTitle(2, 'Pricing'), '(2) New messages · Pricing');
  });
});
