import type { ConversationDoc, TimelineEntryDoc } from '../../store/documents';
import { readCustomerPresence } from '../../store/customer-presence';
import { isDuplicateKey } from '../../store/duplicate-key';
import { readTimelinePage } from '../../store/timeline';
import { currentLogger } from '../../telemetry/logger';
import type { BatonContext } from '../context';
import { isCustomerConnected } from '../presence/customer-presence';
import { replyEmails, sendWithRetries } from './mailer';
import { replyEmail } from './reply-email';

/** How long to look for the reply's entry in the read model, which the workflow's step writes. */
const ENTRY_LOOKS = 20;
const ENTRY_LOOK_INTERVAL_MS = 250;

type MailContext = Pick<BatonContext, 'db' | 'mailer' | 'resumeLinks'>;

/**
 * After an agent's reply is accepted: when the customer's widget is not open on the conversation and
 * they left an email address, the reply goes there, with a link back into the chat. In the background:
 * the agent's mutation never waits on the mail server, a refusal for now is tried again (SEND_RETRY_DELAYS_MS),
 * and a failure for good is logged and counted.
 */
export function emailReplyInBackground(context: MailContext, conversationId: string, messageId: string): void {
  if (!context.mailer.transport) return;
  const log = currentLogger();
  const acceptedAt = Date.now();
  emailReply(context, conversationId, messageId, acceptedAt).catch((error: unknown) => {
    replyEmails.inc({ outcome: 'failed' });
    log.warn({ err: error, conversationId }, "could not email the agent's reply to the customer");
  });
}

async function entryOf(context: MailContext, messageId: string): Promise<TimelineEntryDoc | null> {
  for (let look = 0; look < ENTRY_LOOKS; look++) {
    const entry = await context.db.messages.findOne({ _id: messageId });
    if (entry) return entry;
    await new Promise((resolveLook) => setTimeout(resolveLook, ENTRY_LOOK_INTERVAL_MS));
  }
  return null;
}

/**
 * Emails one reply at most once, even from two API instances or a retried mutation; resolves true when
 * this call sent it. Whether the widget was open is judged at `acceptedAt`, when the reply was accepted.
 */
export async function emailReply(context: MailContext, conversationId: string, messageId: string, acceptedAt = Date.now()): Promise<boolean> {
  const { db, mailer } = context;
  if (!mailer.transport) return false;
  const conversation = await db.conversations.findOne({ _id: conversationId });
  const email = conversation?.customer.email;
  if (!conversation || !email) return false;
  // Whoever asks why a customer with an address got no email finds the reason in the log.
  const log = currentLogger().child({ conversationId, messageId });
  if (isCustomerConnected(await readCustomerPresence(db, conversationId, conversation.customerPresence), acceptedAt)) {
    log.info("reply not emailed: the customer's widget was open");
    return false;
  }
  const entry = await entryOf(context, messageId);
  if (!entry || entry.kind !== 'AGENT') {
    log.warn(`reply not emailed: no agent reply ${messageId} in the timeline after ${(ENTRY_LOOKS * ENTRY_LOOK_INTERVAL_MS) / 1000} s`);
    return false;
  }
  // The claim: only the call that inserts this reply's claim sends it. An insert, because a unique _id
  // is the one thing every MongoDB-compatible server settles atomically; a conditional update on the
  // conversation could pass for two racing calls on FerretDB, and could undo the workflow's own write to it.
  try {
    await db.replyEmailClaims.insertOne({ _id: messageId, conversationId, at: new Date() });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    log.info('reply not emailed here: it was emailed already, or another call is sending it');
    return false;
  }
  const [workspace, customerMessage] = await Promise.all([
    db.workspaces.findOne({ _id: conversation.workspaceId }),
    lastCustomerMessage(context, conversation, messageId),
  ]);
  const token = context.resumeLinks.sign({ conversationId, sessionId: conversation.customer.sessionId, workspaceId: conversation.workspaceId });
  const message = replyEmail({
    workspaceName: workspace?.name ?? 'us',
    agentName: entry.authorName ?? 'Our team',
    reply: entry.text,
    customerMessage,
    link: context.resumeLinks.linkTo(mailer.publicBaseUrl, token),
  });
  const transport = mailer.transport;
  // The claim stays when every try fails: a reply is emailed at most once, and the failure is logged and counted.
  await sendWithRetries(
    () => transport.sendMail({ from: mailer.from, to: email, ...message }),
    mailer.retryDelaysMs,
    (error, delayMs) => {
      replyEmails.inc({ outcome: 'retried' });
      log.warn({ err: error }, `sending the reply email failed; trying again in ${delayMs / 1000} s`);
    },
  );
  replyEmails.inc({ outcome: 'sent' });
  log.info({ seq: entry.seq }, "emailed the agent's reply to the customer");
  return true;
}

/** The customer's newest message before the reply (within the page before it). */
async function lastCustomerMessage(context: MailContext, conversation: ConversationDoc, messageId: string): Promise<string | null> {
  const before = await readTimelinePage(context.db, conversation, { first: 50, before: messageId });
  return before.findLast((entry) => entry.kind === 'CUSTOMER')?.text ?? null;
}
