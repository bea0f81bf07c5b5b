import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressLimitKey, clientAddress, normalizeAddress } from './client-address';

const from = (socketAddress: string | undefined, forwardedFor?: string | string[]) => ({ socketAddress, forwardedFor });

describe('client address', () => {
  test('with no proxy trusted, X-Forwarded-For is ignored and the socket address is the client', () => {
    assert.equal(clientAddress(from('198.51.100.7', '1.2.3.4'), 0), '198.51.100.7');
    assert.equal(clientAddress(from('::ffff:127.0.0.1', '1.2.3.4'), 0), '127.0.0.1');
  });

  test('with N proxies trusted, the client is the entry N hops from the right; entries the client wrote are never used', () => {
    assert.equal(clientAddress(from('10.0.0.2', '6.6.6.6, 203.0.113.9'), 1), '203.0.113.9');
    assert.equal(clientAddress(from('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1'), 2), '203.0.113.9');
    assert.equal(clientAddress(from('10.0.0.2', ['6.6.6.6', '203.0.113.9']), 1), '203.0.113.9');
  });

  test('fewer entries than trusted proxies: the leftmost, which a proxy wrote', () => {
    assert.equal(clientAddress(from('10.0.0.2', '203.0.113.9'), 3), '203.0.113.9');
  });

  test('garbage in the header never throws and never becomes an address', () => {
    for (const header of ['', ',,,', 'not-an-ip', '203.0.113.9, <script>', '\u0000', 'x'.repeat(100_000), '[::1', '999.1.1.1', 'constructor']) {
      const address = clientAddress(from('10.0.0.2', header), 1);
      assert.ok(address === '10.0.0.2' || address === '203.0.113.9', `${JSON.stringify(header.slice(0, 20))} gave ${address}`);
    }
    assert.equal(clientAddress(from(undefined, undefined), 1), 'unknown');
  });

  test('ports, brackets, zones and case are normalised away', () => {
    assert.equal(normalizeAddress('203.0.113.9:5555'), '203.0.113.9');
    assert.equal(normalizeAddress('[2001:DB8::1]:443'), '2001:db8::1');
    assert.equal(normalizeAddress('fe80::1%eth0'), 'fe80::1');
  });

  test('IPv6 addresses count per /64, IPv4 addresses one by one', () => {
    assert.equal(addressLimitKey('2001:db8:1:2::10'), addressLimitKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    assert.notEqual(addressLimitKey('2001:db8:1:2::10'), addressLimitKey('2001:db8:1:3::10'));
    assert.equal(addressLimitKey('::1'), '0:0:0:0::/64');
    assert.equal(addressLimitKey('203.0.113.9'), '203.0.113.9');
  });
});
