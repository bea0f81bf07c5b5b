import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadSettings } from '../../config/settings';
import { startTestApp, type TestApp } from '../support/test-app';

const QUERY = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };

describe('security headers on API responses', () => {
  let plain: TestApp;
  let behindTls: TestApp;
  before(async () => {
    plain = await startTestApp('headers_plain');
    behindTls = await startTestApp('headers_tls', { hstsMaxAge: 31_536_000 });
  });
  after(async () => {
    await plain.stop();
    await behindTls.stop();
  });

  test('GraphQL answers forbid content sniffing, errors included', async () => {
    const ok = await fetch(plain.url, QUERY);
    assert.equal(ok.headers.get('x-content-type-options'), 'nosniff');
    const bad = await fetch(plain.url, { ...QUERY, body: '{' });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get('x-content-type-options'), 'nosniff');
  });

  test('Strict-Transport-Security is sent only when BATON_HSTS_MAX_AGE is set', async () => {
    assert.equal((await fetch(plain.url, QUERY)).headers.get('strict-transport-security'), null);
    assert.equal((await fetch(behindTls.url, QUERY)).headers.get('strict-transport-security'), 'max-age=31536000');
    assert.equal((await fetch(`${behindTls.url}?query=%7B__typename%7D`)).headers.get('strict-transport-security'), 'max-age=31536000');
  });

  test('BATON_HSTS_MAX_AGE is a whole number of seconds, off by default', () => {
    assert.equal(loadSettings({}).hstsMaxAge, 0);
    assert.equal(loadSettings({ BATON_HSTS_MAX_AGE: '63072000' }).hstsMaxAge, 63_072_000);
    assert.throws(() => loadSettings({ BATON_HSTS_MAX_AGE: '-1' }), /BATON_HSTS_MAX_AGE must be 0 or more seconds/);
    assert.throws(() => loadSettings({ BATON_HSTS_MAX_AGE: 'a year' }), /BATON_HSTS_MAX_AGE must be a number of seconds/);
  });
});
