import type { TDatabase } from "../../lib/db/client";

/** The address links in tests start with (lib functions take it as the request's origin). */
export const TEST_ORIGIN = "http://localhost:3000";

/**
 * The newest email to `to` in the demo mailbox (tests run in demo mode
 * without SMTP_URL, so sendEmail stores mail there), as a person would read it.
 */
export async function latestDemoEmail(db: TDatabase, to: string): Promise<{ subject: string; text: string; html: string }> {
  const email = await db.demoEmail.findFirst({ where: { to: to.toLowerCase() }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true, html: true } });
  if (!email) throw new Error(`No demo email to ${to}`);
  return email;
}

/** The token of the newest link to `path` (e.g. "/invite/") emailed to `to`. */
export async function emailedToken(db: TDatabase, to: string, path = "/invite/"): Promise<string> {
  const { text } = await latestDemoEmail(db, to);
  const match = new RegExp(`${path.replace(/[/]/g, "\\/")}([A-Za-z0-9_-]{20,100})`).exec(text);
  if (!match?.[1]) throw new Error(`The newest email to ${to} has no ${path} link`);
  return match[1];
}
