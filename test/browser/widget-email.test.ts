import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Browser } from 'playwright-core';
import { formatBackAt } from '../../studio/src/widget/widget-wording';
import { createAgents } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { adminToken, setAssignment } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { launchBrowser, screenshot } from './support/browser';
import { askInWidget, handoffStrip, newCustomer, openWidget, widgetConversationId } from './support/widget';

/** The public address the emails link to; the test opens the same path and token on the test app. */
const EMAILED_BASE = 'https://support.lumen.test';
const EMAILED_LINK = /https:\/\/support\.lumen\.test\/chat#resume=([A-Za-z0-9_.-]+)/;

const pad = (value: number) => String(value).padStart(2, '0');

/** Business hours of half an hour, every day, starting two hours from now (UTC): now is outside them. */
function hoursExcludingNow() {
  const hour = (new Date().getUTCHours() + 2) % 24;
  return { timezone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], open: `${pad(hour)}:00`, close: `${pad(hour)}:30` };
}

describe('the widget when nobody is there, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let agent: { id: string; name: string; token: string };
  let smtp: SMTPServer;
  /** Each email the SMTP server received: its recipients and its source, quoted-printable soft breaks undone. */
  const mailbox: { to: string[]; source: string }[] = [];
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const source = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/=\r?\n/g, '')
            .replace(/=3D/gi, '=');
          mailbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), source });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const mail = {
      smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      from: 'Lumen <support@lumen.test>',
      publicBaseUrl: EMAILED_BASE,
    };
    [app, browser] = await Promise.all([startTestApp('browser_widget_email', { mail }), launchBrowser()]);
    base = app.api.url;
    await setAssignment(app.url, { mode: 'MANUAL' });
    // Someone is AVAILABLE: it is the hours that keep them from answering.
    agent = (await createAgents(app.db, app.url, 1, 'away'))[0]!;
    await gqlOk(
      app.url,
      'mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { id } }',
      { input: { businessHours: hoursExcludingNow() } },
      await adminToken(app.url),
    );
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  test('outside business hours the widget says when the team is back in the customer’s own time, takes an email, and closing reports LEFT', async () => {
    const { context, page } = await newCustomer(browser, { locale: 'en-GB', timezoneId: 'Asia/Tokyo' });
    await page.goto(`${base}/demo`);
    await openWidget(page);
    await askInWidget(page, 'I need to talk to a human please');
    const conversationId = await widgetConversationId(page);
    const { conversation } = await gqlOk<{ conversation: { teamAvailable: boolean; teamBackAt: string } }>(
      app.url,
      'query ($id: ID!) { conversation(id: $id) { teamAvailable teamBackAt } }',
      { id: conversationId },
      await adminToken(app.url),
    );
    assert.equal(conversation.teamAvailable, false);
    const backAt = formatBackAt(conversation.teamBackAt, 'en-GB', 'Asia/Tokyo')!;
    const strip = handoffStrip(page);
    await strip.getByText(`We're away right now and back ${backAt}. Leave your email and we'll reply there.`).waitFor();

    const email = strip.getByLabel('Your email address');
    assert.equal(await email.getAttribute('type'), 'email');
    await email.fill('sam at example');
    await strip.getByRole('button', { name: 'Send' }).click();
    await strip.getByText('Enter an email address like name@example.com.').waitFor();
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    await strip.getByRole('button', { name: 'Skip' }).waitFor();
    await screenshot(page, 'widget-away-email');

    // One the page lets through and the server refuses: the server's reason is shown.
    await email.fill('sam@exa..mple.com');
    await strip.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('dialog').getByRole('alert').filter({ hasText: 'is not an email address' }).waitFor();

    await email.fill('sam@example.com');
    await strip.getByRole('button', { name: 'Send' }).click();
    await strip.getByText("We'll reply to sam@example.com").waitFor();
    assert.equal((await app.db.conversations.findOne({ _id: conversationId }))?.customer.email, 'sam@example.com');
    await screenshot(page, 'widget-away-email-left');

    await page.getByRole('button', { name: 'Close chat' }).click();
    await waitUntil(async () => (await app.db.customerPresence.findOne({ _id: conversationId }))?.leftAt, 'the widget reported LEFT');
    await context.close();
  });

  test('Skip puts the email form away and keeps the away message', async () => {
    const { context, page } = await newCustomer(browser);
    await page.goto(`${base}/demo`);
    await openWidget(page);
    await askInWidget(page, 'I need to talk to a human please');
    const strip = handoffStrip(page);
    await strip.getByRole('button', { name: 'Skip' }).click();
    await strip.getByLabel('Your email address').waitFor({ state: 'detached' });
    await strip.getByText(/^We're away right now and back /).waitFor();
    await context.close();
  });

  test('/chat without a link says the conversation is missing; a link the server refuses says why and leaves the address bar', async () => {
    const { context, page } = await newCustomer(browser);
    await page.goto(`${base}/chat`);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This link is missing its conversation; write to us from the website.').waitFor();
    assert.equal(await dialog.getByLabel('Your message').isVisible(), false, 'nothing to write into without a conversation');
    assert.equal(await page.getByRole('button', { name: 'Chat with support' }).isVisible(), false, 'the widget is the page');
    await screenshot(page, 'widget-chat-missing-link');

    await page.goto('about:blank');
    await page.goto(`${base}/chat#resume=not-a-signed-token`);
    await dialog.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token is taken out of the address bar');
    await context.close();
  });

  test('the emailed reply links to /chat, which opens the conversation full page on another device, and the customer carries on', async () => {
    const first = await newCustomer(browser);
    await first.page.goto(`${base}/demo`);
    await openWidget(first.page);
    await askInWidget(first.page, 'I need to talk to a human please');
    const conversationId = await widgetConversationId(first.page);
    const strip = handoffStrip(first.page);
    await strip.getByLabel('Your email address').fill('pat@example.com');
    await strip.getByRole('button', { name: 'Send' }).click();
    await strip.getByText("We'll reply to pat@example.com").waitFor();
    await first.page.getByRole('button', { name: 'Close chat' }).click();
    await waitUntil(async () => (await app.db.customerPresence.findOne({ _id: conversationId }))?.leftAt, 'the widget reported LEFT');
    await first.context.close();

    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent.token);
    await gqlOk(
      app.url,
      'mutation ($c: ID!) { sendAgentMessage(conversationId: $c, text: "Your refund went out this morning.", clientMessageId: "away-1") { id } }',
      { c: conversationId },
      agent.token,
    );
    const email = await waitUntil(async () => mailbox.find((message) => message.to.includes('pat@example.com')), 'the reply is emailed');
    const token = EMAILED_LINK.exec(email.source)?.[1];
    assert.ok(token, 'the email links back to the chat');
    const link = `${base}/chat#resume=${token}`;

    const phone = await newCustomer(browser, { phone: true });
    await phone.page.goto(link);
    const dialog = phone.page.getByRole('dialog');
    await dialog.getByText('Your refund went out this morning.').waitFor();
    await dialog.getByText('I need to talk to a human please').waitFor();
    await dialog.getByText("You're chatting with away 0").waitFor();
    assert.equal(new URL(phone.page.url()).hash, '', 'the token is taken out of the address bar');
    await screenshot(phone.page, 'widget-chat-resumed');

    await askInWidget(phone.page, 'Thanks, got it!');
    await phone.page.locator('[data-kind="CUSTOMER"]', { hasText: 'Thanks, got it!' }).waitFor();
    await waitUntil(async () => (await app.db.messages.countDocuments({ conversationId, kind: 'CUSTOMER' })) === 2, 'the reply joins the same conversation');
    // A reload keeps the conversation: the session is the widget's now.
    await phone.page.reload();
    await dialog.getByText('Thanks, got it!').waitFor();
    await phone.context.close();
  });
});
