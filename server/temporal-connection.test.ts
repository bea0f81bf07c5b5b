import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadSettings, SettingsError, temporalAuthOf } from '../config/settings';
import { temporalCredentials } from './temporal-connection';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n';

describe('Temporal credentials (Temporal Cloud)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-temporal-tls-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('connects without TLS when no credential is set, as to a cluster on a private network', () => {
    assert.deepEqual(temporalCredentials(temporalAuthOf({})), {});
  });

  it('reads the client certificate and key from the files TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY name', () => {
    writeFileSync(join(dir, 'client.pem'), CERT);
    writeFileSync(join(dir, 'client.key'), KEY);
    const credentials = temporalCredentials(temporalAuthOf({ TEMPORAL_TLS_CERT: join(dir, 'client.pem'), TEMPORAL_TLS_KEY: join(dir, 'client.key') }));
    assert.ok(credentials.tls && credentials.tls !== true);
    assert.equal(credentials.tls.clientCertPair.crt.toString(), CERT);
    assert.equal(credentials.tls.clientCertPair.key.toString(), KEY);
    assert.equal(credentials.apiKey, undefined);
  });

  it('takes PEM text given in the variables themselves, for platforms that only pass environment variables', () => {
    const credentials = temporalCredentials(temporalAuthOf({ TEMPORAL_TLS_CERT: CERT, TEMPORAL_TLS_KEY: KEY }));
    assert.ok(credentials.tls && credentials.tls !== true);
    // The settings trim surrounding whitespace; PEM needs no trailing newline.
    assert.equal(credentials.tls.clientCertPair.crt.toString(), CERT.trim());
    assert.equal(credentials.tls.clientCertPair.key.toString(), KEY.trim());
  });

  it('sends TEMPORAL_API_KEY over TLS', () => {
    assert.deepEqual(temporalCredentials(temporalAuthOf({ TEMPORAL_API_KEY: 'key-123' })), { apiKey: 'key-123', tls: true });
  });

  it('refuses a certificate without its key, naming both settings', () => {
    assert.throws(
      () => temporalAuthOf({ TEMPORAL_TLS_CERT: CERT }),
      (error: Error) => error instanceof SettingsError && /TEMPORAL_TLS_KEY/.test(error.message),
    );
    assert.throws(() => loadSettings({ TEMPORAL_TLS_KEY: KEY }, dir), /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together/);
  });

  it('names the file it cannot read', () => {
    assert.throws(
      () => temporalCredentials(temporalAuthOf({ TEMPORAL_TLS_CERT: join(dir, 'missing.pem'), TEMPORAL_TLS_KEY: KEY })),
      /TEMPORAL_TLS_CERT names the file .*missing\.pem/,
    );
  });

  it('puts the credentials in the settings next to the address and namespace', () => {
    const settings = loadSettings({ TEMPORAL_ADDRESS: 'acme.a1b2c.tmprl.cloud:7233', TEMPORAL_API_KEY: 'key-123' }, dir);
    assert.deepEqual(settings.temporal.auth, { tlsCert: undefined, tlsKey: undefined, apiKey: 'key-123' });
  });

  it('listens on 127.0.0.1 unless BATON_HOST says otherwise', () => {
    assert.equal(loadSettings({}, dir).host, '127.0.0.1');
    assert.equal(loadSettings({ BATON_HOST: '0.0.0.0' }, dir).host, '0.0.0.0');
  });
});
