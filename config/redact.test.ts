import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasUnencodedCredentials, redactUrlCredentials } from './redact';
import { loadSettings, SettingsError } from './settings';

describe('redactUrlCredentials', () => {
  test('hides the user name and password of MongoDB, Redis and HTTP URLs and keeps the host', () => {
    const cases: [string, string][] = [
      ['mongodb://user:pass@host:27017/baton', 'mongodb://***@host:27017/baton'],
      ['mongodb+srv://user:pass@cluster0.example.net/?retryWrites=true', 'mongodb+srv://***@cluster0.example.net/?retryWrites=true'],
      ['mongodb://user:pass@h1:27017,h2:27017/baton?replicaSet=rs0', 'mongodb://***@h1:27017,h2:27017/baton?replicaSet=rs0'],
      ['redis://:s3cret@redis.internal:6379/0', 'redis://***@redis.internal:6379/0'],
      ['rediss://default:s3cret@redis.internal:6380', 'rediss://***@redis.internal:6380'],
      ['http://user:pass@proxy.local:8080/v1', 'http://***@proxy.local:8080/v1'],
      ['HTTPS://User:Pass@Example.com/', 'HTTPS://***@Example.com/'],
      ['postgres://app:pw@db/app', 'postgres://***@db/app'],
    ];
    for (const [url, expected] of cases) assert.equal(redactUrlCredentials(url), expected);
  });

  test('finds URLs inside messages, log lines and JSON, and leaves the rest of the text alone', () => {
    assert.equal(
      redactUrlCredentials('Cannot reach MongoDB at mongodb://ada:hunter2hunter2@db.example.com/ (connect ECONNREFUSED); also redis://:pw@r:6379.'),
      'Cannot reach MongoDB at mongodb://***@db.example.com/ (connect ECONNREFUSED); also redis://***@r:6379.',
    );
    assert.equal(redactUrlCredentials('{"uri":"mongodb://u:p@h/x","n":1}'), '{"uri":"mongodb://***@h/x","n":1}');
    assert.equal(redactUrlCredentials('MONGODB_URI=mongodb://u:p@h/x'), 'MONGODB_URI=mongodb://***@h/x');
    assert.equal(
      redactUrlCredentials('see http://localhost:4000/graphql and mongodb://127.0.0.1:27017/'),
      'see http://localhost:4000/graphql and mongodb://127.0.0.1:27017/',
    );
    assert.equal(redactUrlCredentials('no url here, only ada@example.com'), 'no url here, only ada@example.com');
  });

  test('leaves no piece of a password with unencoded @, / or : behind', () => {
    for (const password of ['p@ss/word', 'a:b@c', 'x/y/z@', '@@@']) {
      const redacted = redactUrlCredentials(`failed: mongodb://admin:${password}@db.internal:27017/baton (timeout)`);
      assert.equal(redacted, 'failed: mongodb://***@db.internal:27017/baton (timeout)', password);
    }
  });

  test('scans adversarial text in linear time', () => {
    const long = 'a'.repeat(100_000) + '://' + 'b://'.repeat(50_000) + '@'.repeat(5_000) + ' ' + 'x.y-z+'.repeat(25_000);
    const started = performance.now();
    const redacted = redactUrlCredentials(long);
    assert.ok(performance.now() - started < 1_000, `took ${Math.round(performance.now() - started)} ms`);
    assert.ok(!redacted.includes('b://b'), 'the credentials part was hidden');
  });
});

describe('connection URL settings', () => {
  test('refuse a user name or password that is not percent-encoded, without echoing it', () => {
    assert.equal(hasUnencodedCredentials('mongodb://user:p%40ss%2Fword@host/'), false);
    assert.equal(hasUnencodedCredentials('mongodb://host:27017/baton'), false);
    assert.equal(hasUnencodedCredentials('redis://:plainpassword@host:6379'), false);
    for (const [name, value] of [
      ['MONGODB_URI', 'mongodb://user:p@ss/word@127.0.0.1:27017/'],
      ['MONGODB_URI', 'mongodb://user:pa:ss@127.0.0.1:27017/'],
      ['REDIS_URL', 'redis://:sec ret#1@127.0.0.1:6379'],
    ] as const) {
      assert.equal(hasUnencodedCredentials(value), true, value);
      assert.throws(
        () => loadSettings({ [name]: value }),
        (error: unknown) =>
          error instanceof SettingsError && error.message.includes(name) && !error.message.includes('ss/word') && !error.message.includes('sec ret'),
      );
    }
  });

  test('BATON_SECRET shorter than 32 characters is refused with the way to make one', () => {
    assert.throws(() => loadSettings({ BATON_SECRET: 'short' }), /BATON_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`/);
    assert.equal(loadSettings({ BATON_SECRET: 'x'.repeat(32) }).signingSecret, 'x'.repeat(32));
    assert.equal(loadSettings({ BATON_SECRET: '' }).signingSecret, undefined);
  });
});
