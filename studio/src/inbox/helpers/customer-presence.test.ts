import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerStatus, NO_CUSTOMER, withCustomerReport } from './customer-presence';

test('typing shows for 6 s after a report and counts as online', () => {
  const typing = withCustomerReport(NO_CUSTOMER, 'TYPING', 1_000);
  assert.deepEqual(customerStatus(typing, false, 6_999), { online: true, typing: true });
  assert.deepEqual(customerStatus(typing, false, 7_000), { online: true, typing: false });
});

test('VIEWING keeps the customer online for 40 s; LEFT ends it at once, whatever the conversation said', () => {
  const viewing = withCustomerReport(NO_CUSTOMER, 'VIEWING', 0);
  assert.equal(customerStatus(viewing, false, 39_999).online, true);
  assert.equal(customerStatus(viewing, false, 40_000).online, false);
  const left = withCustomerReport(viewing, 'LEFT', 10_000);
  assert.deepEqual(customerStatus(left, true, 10_000), { online: false, typing: false });
});

test('before any report, the conversation’s customerConnected decides', () => {
  assert.equal(customerStatus(NO_CUSTOMER, true, 0).online, true);
  assert.equal(customerStatus(NO_CUSTOMER, false, 0).online, false);
});
