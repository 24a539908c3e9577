import type { TDatabase } from "../db/client";
import { getEnv } from "../config/env";
import type { TRenderedEmail } from "./email-template";

/** How many demo emails are kept: the oldest go first, so a long-running demo does not grow the table without end. */
const KEEP = 200;

/** The demo mailbox exists only in demo mode without SMTP_URL; live mode refuses to start without SMTP_URL (live-ops). */
export function demoMailboxEnabled(): boolean {
  const env = getEnv();
  return env.BACKTRACK_MODE === "demo" && !env.SMTP_URL;
}

export async function deliverToDemoMailbox(db: Pick<TDatabase, "demoEmail">, to: string, email: TRenderedEmail): Promise<{ messageId: string }> {
  const row = await db.demoEmail.create({ data: { to: to.toLowerCase(), subject: email.subject, text: email.text, html: email.html }, select: { id: true } });
  const stale = await db.demoEmail.findMany({ orderBy: { createdAt: "desc" }, skip: KEEP, select: { id: true } });
  if (stale.length) await db.demoEmail.deleteMany({ where: { id: { in: stale.map((entry) => entry.id) } } });
  return { messageId: `demo-${row.id}` };
}

export interface TDemoEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** The newest demo emails first (plain text only: the HTML twin says the same). */
export async function listDemoEmails(db: Pick<TDatabase, "demoEmail">, limit = 50): Promise<TDemoEmail[]> {
  return db.demoEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, to: true, subject: true, text: true, createdAt: true } });
}
