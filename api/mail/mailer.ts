import { Counter } from 'prom-client';
import { createTransport, type Transporter } from 'nodemailer';
import { registry } from '../../telemetry/metrics';
import type { Settings } from '../../config/settings';

/** Where emails go out: a transport when SMTP_URL is set (none: mail is off), the sender, and the base of links. */
export type Mailer = {
  transport: Pick<Transporter, 'sendMail'> | null;
  from: string;
  publicBaseUrl: string;
};

export function createMailer(settings: Pick<Settings, 'mail'>): Mailer {
  const { smtpUrl, from, publicBaseUrl } = settings.mail;
  return { transport: smtpUrl ? createTransport(smtpUrl) : null, from, publicBaseUrl };
}

export const replyEmails = new Counter({
  name: 'baton_reply_emails_total',
  help: "Agents' replies emailed to customers who had left the chat, by outcome (sent, failed).",
  labelNames: ['outcome'] as const,
  registers: [registry],
});
