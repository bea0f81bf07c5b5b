import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadSigningSecret } from '../../api/auth/signing-secret';
import { emailReply } from '../../api/mail/email-replies';
import { createResumeLinks, RESUME_LINK_TTL_MS } from '../../api/mail/resume-link';
import { sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

/** One email as the SMTP server received it, its MIME parts decoded. */
type Received = { to: string[]; raw: string; subject: string; text: string; html: string };

/** A small MIME reader for nodemailer's multipart/alternative: each part's body, quoted-printable or base64 decoded. */
function decodeEmail(raw: string, to: string[]): Received {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  const decoded: Record<string, string> = {};
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    const headers = part.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
    const content = part.slice(split).trim();
    const type = /content-type: *([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'text/plain';
    const encoding = /content-transfer-encoding: *([^\r\n]+)/i.exec(headers)?.[1]?.trim().toLowerCase();
    decoded[type] =
      encoding === 'base64'
        ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? Buffer.from(
              content.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            ).toString('utf8')
          : content;
  }
  const decodedSubject = subject.replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_, text: string) =>
    Buffer.from(
      text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'),
  );
  return { to, raw, subject: decodedSubject, text: decoded['text/plain'] ?? '', html: decoded['text/html'] ?? '' };
}

const LINK = /https:\/\/support\.lumen\.test\/chat#resume=([A-Za-z0-9_.-]+)/;
const RESUME = 'mutation ($link: String!) { resumeWidgetSession(link: $link) { conversationId session { token sessionId workspace { name } } } }';
const LEAVE = 'mutation ($id: ID!, $email: String!) { leaveContactEmail(conversationId: $id, email: $email) { id customer { email } } }';
const PRESENCE = 'mutation ($id: ID!, $kind: PresenceKind!) { reportCustomerPresence(conversationId: $id, kind: $kind) }';
const REPLY = 'mutation ($id: ID!, $text: String!, $key: ID!) { sendAgentMessage(conversationId: $id, text: $text, clientMessageId: $key) { id } }';

describe('continuing by email', () => {
  let smtp: SMTPServer;
  let app: TestApp;
  const inbox: Received[] = [];

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          inbox.push(
            decodeEmail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ),
          );
          done();
        });
      },
    });
    await new Promise<void>((resolveListen) => smtp.listen(0, '127.0.0.1', () => resolveListen()));
    const { port } = smtp.server.address() as AddressInfo;
    app = await startTestApp('email_continuation', {
      mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Lumen Support <support@lumen.test>', publicBaseUrl: 'https://support.lumen.test' },
    });
  });
  after(async () => {
    await app?.stop();
    await new Promise<void>((resolveClose) => smtp.close(() => resolveClose()));
  });

  test('a customer who left gets each reply once by email, escaped, with a link that reopens the chat; replies they can see in the widget are not emailed', async () => {
    const agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login
      .token;
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I need to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
    const id = waiting.id;
    const hostile = '<img src=x onerror=alert(1)>';
    await sendAndWait(app.url, customer, hostile, (c) => c.timeline.some((entry) => entry.text === hostile), id);

    const typo = await gql(app.url, LEAVE, { id, email: 'sam@example' }, customer);
    assert.equal(typo.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(typo.errors![0]!.message, /is not an email address; check it for typos/);
    const left = await gqlOk<{ leaveContactEmail: { customer: { email: string } } }>(app.url, LEAVE, { id, email: ' sam@example.com ' }, customer);
    assert.equal(left.leaveContactEmail.customer.email, 'sam@example.com');
    const stranger = await widgetToken(app.url);
    assert.equal((await gql(app.url, LEAVE, { id, email: 'x@example.com' }, stranger)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    await gqlOk(app.url, PRESENCE, { id, kind: 'LEFT' }, customer);

    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id }, agent);
    await gqlOk(app.url, REPLY, { id, text: 'Restart the app, then sign in again.', key: 'r1' }, agent);
    const [email] = await waitUntil(async () => (inbox.length >= 1 ? inbox : null), 'the first reply by email');
    assert.deepEqual(email!.to, ['sam@example.com']);
    assert.equal(email!.subject, 'Re: your conversation with Lumen (demo)');
    assert.ok(email!.text.includes('Restart the app, then sign in again.'), email!.text);
    assert.ok(email!.text.includes('Sam Agent'), 'the agent’s name');
    assert.ok(email!.html.includes('Restart the app, then sign in again.'));
    assert.ok(!email!.html.includes('<img'), `the customer's markup is escaped: ${email!.html}`);
    assert.ok(email!.html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the customer’s last message, quoted');
    const link = LINK.exec(email!.text)?.[0];
    assert.ok(link, `a link back into the chat: ${email!.text}`);

    // A retry of the same reply, a reply while the widget is open, then one after it was closed: only the last is emailed.
    await gqlOk(app.url, REPLY, { id, text: 'Restart the app, then sign in again.', key: 'r1' }, agent);
    await gqlOk(app.url, PRESENCE, { id, kind: 'VIEWING' }, customer);
    await gqlOk(app.url, REPLY, { id, text: 'Seen it? Tell me if it worked.', key: 'r2' }, agent);
    await gqlOk(app.url, PRESENCE, { id, kind: 'LEFT' }, customer);
    await gqlOk(app.url, REPLY, { id, text: 'I will close this for now.', key: 'r3' }, agent);
    await waitUntil(async () => inbox.length >= 2, 'the third reply by email');
    assert.ok(
      inbox[1]!.text.includes('I will close this for now.'),
      `the second email is the third reply, not a repeat or the reply seen in the widget: ${inbox[1]!.text}`,
    );
    assert.ok(!inbox[1]!.text.includes('Seen it?'));

    // The link opens a session of the same customer on this conversation.
    const resumed = await gqlOk<{
      resumeWidgetSession: { conversationId: string; session: { token: string; sessionId: string; workspace: { name: string } } };
    }>(app.url, RESUME, { link });
    assert.equal(resumed.resumeWidgetSession.conversationId, id);
    assert.equal(resumed.resumeWidgetSession.session.workspace.name, 'Lumen (demo)');
    const thread = await gqlOk<{ conversation: { timeline: { kind: string; text: string }[] } }>(
      app.url,
      'query ($id: ID!) { conversation(id: $id) { timeline { kind text } } }',
      { id },
      resumed.resumeWidgetSession.session.token,
    );
    assert.ok(thread.conversation.timeline.some((entry) => entry.kind === 'AGENT' && entry.text === 'Restart the app, then sign in again.'));
  });

  test('a tampered or expired link is refused, saying what to do', async () => {
    const links = createResumeLinks(loadSigningSecret(app.settings));
    const claims = { conversationId: 'c_any', sessionId: 's_any', workspaceId: 'ws_demo' };
    const genuine = links.sign(claims);
    const flipAt = genuine.indexOf('.') + 5;
    const tampered = `${genuine.slice(0, flipAt)}${genuine[flipAt] === 'A' ? 'B' : 'A'}${genuine.slice(flipAt + 1)}`;
    const refused = await gql(app.url, RESUME, { link: links.linkTo('https://support.lumen.test', tampered) });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(refused.errors?.[0]?.message, 'This link is not valid');
    const expired = links.sign(claims, Date.now() - RESUME_LINK_TTL_MS - 1000);
    const late = await gql(app.url, RESUME, { link: links.linkTo('https://support.lumen.test', expired) });
    assert.equal(late.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(late.errors?.[0]?.message, 'This link has expired; write to us again from the website');
  });
  test('a send the mail server refuses for now is tried again and arrives once; a refusal for good is not tried again', async () => {
    // A second mail server that answers the next recipients with the codes queued here, then accepts.
    const refusals: number[] = [];
    let attempts = 0;
    const delivered: string[] = [];
    const flaky = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        attempts++;
        const code = refusals.shift();
        if (code === undefined) return callback();
        callback(Object.assign(new Error(code < 500 ? 'Greylisted, try again later' : 'No such mailbox'), { responseCode: code }));
      },
      onData(stream, session, done) {
        stream.resume();
        stream.on('end', () => {
          delivered.push(session.envelope.rcptTo.map((rcpt) => rcpt.address).join());
          done();
        });
      },
    });
    await new Promise<void>((resolveListen) => flaky.listen(0, '127.0.0.1', () => resolveListen()));
    try {
      const agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent2@baton.test", password: "baton-demo") { token } }'))
        .login.token;
      const customer = await widgetToken(app.url);
      const { id } = await sendAndWait(app.url, customer, 'I need to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
      // The handoff summary is the escalation's last write. FerretDB's SQLite backend can lose one of two
      // updates to a document that race, so the address is left once the workflow has stopped writing.
      await waitAsAgent(app.url, id, (c) => !!c.escalation?.summary);
      await gqlOk(app.url, LEAVE, { id, email: 'kim@example.com' }, customer);
      await gqlOk(app.url, PRESENCE, { id, kind: 'LEFT' }, customer);
      await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id }, agent);
      await gqlOk(app.url, REPLY, { id, text: 'Your invoice is on its way.', key: 'flaky-1' }, agent);
      const { conversation } = await gqlOk<{ conversation: { timeline: { id: string; kind: string }[] } }>(
        app.url,
        'query ($id: ID!) { conversation(id: $id) { timeline { id kind } } }',
        { id },
        agent,
      );
      const reply = conversation.timeline.find((entry) => entry.kind === 'AGENT')!;
      // The app claims the reply for its own send (to the steady server) first; then the reply is sent
      // again, as if never emailed, through the flaky one. The claim, not the delivery, is what must come first.
      await waitUntil(() => app.db.replyEmailClaims.findOne({ _id: reply.id }), "the app's claim on the reply");
      const { port } = flaky.server.address() as AddressInfo;
      const context = {
        db: app.db,
        resumeLinks: createResumeLinks(loadSigningSecret(app.settings)),
        mailer: {
          transport: createTransport(`smtp://127.0.0.1:${port}`),
          from: 'support@lumen.test',
          publicBaseUrl: 'https://support.lumen.test',
          retryDelaysMs: [10, 10, 10],
        },
      };
      const forgetSent = () => app.db.replyEmailClaims.deleteOne({ _id: reply.id });

      await forgetSent();
      refusals.push(451, 451);
      assert.equal(await emailReply(context, id, reply.id), true);
      assert.equal(attempts, 3, 'two refusals for now, then the send that passed');
      assert.deepEqual(delivered, ['kim@example.com']);
      assert.equal(await emailReply(context, id, reply.id), false, 'sent once: the claim holds');

      // Two instances (or a retried mutation) sending the same reply at once: one claims it, one stands down.
      await forgetSent();
      assert.deepEqual((await Promise.all([emailReply(context, id, reply.id), emailReply(context, id, reply.id)])).sort(), [false, true]);
      assert.deepEqual(delivered, ['kim@example.com', 'kim@example.com'], 'the racing pair sent one email');
      assert.equal(attempts, 4);

      await forgetSent();
      refusals.push(550);
      await assert.rejects(emailReply(context, id, reply.id), /No such mailbox/);
      assert.equal(attempts, 5, 'a refusal for good is not tried again');
      assert.deepEqual(delivered, ['kim@example.com', 'kim@example.com']);
    } finally {
      await new Promise<void>((resolveClose) => flaky.close(() => resolveClose()));
    }
  });
});
