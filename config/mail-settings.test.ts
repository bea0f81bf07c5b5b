import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SMTP_FROM, loadSettings, SettingsError } from './settings';

describe('mail settings', () => {
  test('off without SMTP_URL; the sender and the link base have defaults', () => {
    assert.deepEqual(loadSettings({ PORT: '4100' }).mail, { smtpUrl: undefined, from: DEFAULT_SMTP_FROM, publicBaseUrl: 'http://localhost:4100' });
    const set = loadSettings({
      SMTP_URL: 'smtps://user:p%40ss@mail.example.com:465',
      SMTP_FROM: 'Support <support@example.com>',
      BATON_PUBLIC_URL: 'https://support.example.com/',
    });
    assert.deepEqual(set.mail, {
      smtpUrl: 'smtps://user:p%40ss@mail.example.com:465',
      from: 'Support <support@example.com>',
      publicBaseUrl: 'https://support.example.com',
    });
  });

  test('mistakes are refused naming the setting and the fix', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ SMTP_URL: 'mail.example.com' }, /SMTP_URL must be the mail server as smtp:\/\//],
      [{ SMTP_URL: 'smtp://user:p@ss@mail.example.com' }, /percent-encoded/],
      [{ SMTP_FROM: 'support' }, /SMTP_FROM must be an address/],
      [{ BATON_PUBLIC_URL: 'support.example.com' }, /BATON_PUBLIC_URL must be the address customers reach Baton at/],
      [{ NODE_ENV: 'production', BATON_SECRET: 'k'.repeat(40), SMTP_URL: 'smtp://mail.example.com' }, /set BATON_PUBLIC_URL/],
    ];
    for (const [env, message] of refusals)
      assert.throws(
        () => loadSettings(env),
        (error: Error) => error instanceof SettingsError && message.test(error.message),
      );
  });
});
