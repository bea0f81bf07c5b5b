import { Counter } from 'prom-client';
import { createTransport, type Transporter } from 'nodemailer';
import { registry } from '../../telemetry/metrics';
import type { Settings } from '../../config/settings';

/**
 * Pauses before each new try of a send the mail server refused for now (a 4xx answer) or that never
 * reached it: a mail server restarting or greylisting is back within these 77 s.
 */
export const SEND_RETRY_DELAYS_MS: readonly number[] = [2_000, 15_000, 60_000];

/** Where emails go out: a transport when SMTP_URL is set (none: mail is off), the sender, the base of links, and the pauses between tries. */
export type Mailer = {
  transport: Pick<Transporter, 'sendMail'> | null;
  from: string;
  publicBaseUrl: string;
  retryDelaysMs: readonly number[];
};

/**
 * How long one try may wait on the mail server. nodemailer's own defaults (2 min to connect, 30 s for
 * the greeting, 10 min of silence) let a server that accepts and then stalls hold a send for minutes
 * before the next try; a working server answers each step in well under a second. Parameters in
 * SMTP_URL's query (?greetingTimeout=…) still win.
 */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createMailer(settings: Pick<Settings, 'mail'>, timeoutsMs = SMTP_TIMEOUTS_MS): Mailer {
  const { smtpUrl, from, publicBaseUrl } = settings.mail;
  return { transport: smtpUrl ? createTransport({ url: smtpUrl, ...timeoutsMs }) : null, from, publicBaseUrl, retryDelaysMs: SEND_RETRY_DELAYS_MS };
}

/** A 5xx answer (no such mailbox, refused as spam) will be the same next time; anything else may pass later. */
export const isPermanentRefusal = (error: unknown): boolean => {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/** Sends, trying again after each of `delaysMs` while the failure may pass; throws the last failure. */
export async function sendWithRetries(
  send: () => Promise<unknown>,
  delaysMs: readonly number[],
  onRetry: (error: unknown, delayMs: number) => void = () => undefined,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || isPermanentRefusal(error)) throw error;
      onRetry(error, delay);
      await new Promise((resolvePause) => setTimeout(resolvePause, delay));
    }
  }
}

export const replyEmails = new Counter({
  name: 'baton_reply_emails_total',
  help: "Agents' replies emailed to customers who had left the chat, by outcome (sent; retried, per new try; failed, after the last).",
  labelNames: ['outcome'] as const,
  registers: [registry],
});
