import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.ts';

/** Sends one plain-text message; rejects when the mail server refuses it. */
export interface Mailer {
  readonly send: (to: string, subject: string, text: string) => Promise<void>;
  /** Where notices link to (the web app), when known. */
  readonly publicUrl: string | null;
  readonly close: () => void;
}

/** A mailer over the configured SMTP server (nodemailer). Credentials come only from the environment. */
export function smtpMailer(smtp: SmtpConfig): Mailer {
  const transport = smtp.url
    ? nodemailer.createTransport(smtp.url)
    : nodemailer.createTransport({ host: smtp.host ?? 'localhost', port: smtp.port, secure: smtp.port === 465 });
  return {
    publicUrl: smtp.publicUrl,
    send: async (to, subject, text) => {
      await transport.sendMail({ from: smtp.from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
