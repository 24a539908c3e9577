import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { getEnv } from "../config/env";
import { getDb, type TDatabase } from "../db/client";
import { deliverToDemoMailbox, demoMailboxEnabled } from "./demo-mailbox";
import { renderEmail, type TEmailContent } from "./email-template";

export type TOutgoingEmail = TEmailContent & {
  to: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on reminders. */
  headers?: Record<string, string>;
};

export class MailNotConfiguredError extends Error {
  constructor() {
    super("Email is not set up: SMTP_URL is missing");
  }
}

let transport: { url: string; transporter: nodemailer.Transporter<SMTPTransport.SentMessageInfo> } | undefined;

/** One pooled transport per SMTP_URL (a queue sending thousands of reminders reuses connections). */
function transporterFor(url: string) {
  if (!transport || transport.url !== url) {
    transport?.transporter.close();
    transport = { url, transporter: nodemailer.createTransport(`${url}${url.includes("?") ? "&" : "?"}pool=true`) };
  }
  return transport.transporter;
}

/** Ends pooled SMTP connections (shutdown, and tests that stop their SMTP server). */
export function closeMailTransport(): void {
  transport?.transporter.close();
  transport = undefined;
}

/**
 * Sends one email built from the shared template. In demo mode without
 * SMTP_URL it goes to the demo mailbox (a table read at /demo/mailbox) on
 * `options.db`, else the app's database. Throws when mail is not set up or the
 * server refuses, so a caller (or the job queue) can retry; the error never
 * carries the message body.
 */
export async function sendEmail(email: TOutgoingEmail, options: { db?: Pick<TDatabase, "demoEmail"> } = {}): Promise<{ messageId: string }> {
  const env = getEnv();
  const rendered = renderEmail(email);
  if (!env.SMTP_URL) {
    if (!demoMailboxEnabled()) throw new MailNotConfiguredError();
    return deliverToDemoMailbox(options.db ?? getDb(), email.to, rendered);
  }
  const info = await transporterFor(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: email.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    headers: email.headers,
  });
  return { messageId: info.messageId };
}
