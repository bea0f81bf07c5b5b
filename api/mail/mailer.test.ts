import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createMailer, SMTP_TIMEOUTS_MS } from './mailer';

test('a mail server that accepts the connection and never greets fails the try within the greeting timeout, so the next try can come', async () => {
  const held: Socket[] = [];
  const silent = createServer((socket) => held.push(socket));
  await new Promise<void>((resolveListen) => silent.listen(0, '127.0.0.1', () => resolveListen()));
  try {
    const { port } = silent.address() as AddressInfo;
    const settings = { mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'support@lumen.test', publicBaseUrl: 'https://support.lumen.test' } };
    const mailer = createMailer(settings, { ...SMTP_TIMEOUTS_MS, greetingTimeout: 300 });
    const started = Date.now();
    await assert.rejects(mailer.transport!.sendMail({ from: mailer.from, to: 'kim@example.com', subject: 'Hi', text: 'Hi' }), /Greeting never received/);
    assert.ok(Date.now() - started < 5_000, `the try gave up after ${Date.now() - started} ms`);
    assert.ok(
      Object.values(SMTP_TIMEOUTS_MS).every((ms) => ms <= 30_000),
      'no default lets one try stall past 30 s',
    );
  } finally {
    held.forEach((socket) => socket.destroy());
    await new Promise<void>((resolveClose) => silent.close(() => resolveClose()));
  }
});
