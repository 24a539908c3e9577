import { expect } from "@playwright/test";

/** The capture server's reader (tools/testing/smtp-capture-cli.ts), started by playwright.config.ts. */
export const MAILBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 11_000}`;

export type TEmail = { to: string[]; from: string; subject: string; text: string; html: string; /** The message as sent, headers included. */ raw: string };

async function messagesTo(to: string): Promise<TEmail[]> {
  const response = await fetch(`${MAILBOX_URL}/messages?to=${encodeURIComponent(to.toLowerCase())}`);
  expect(response.ok, "the e2e mailbox answers").toBe(true);
  return ((await response.json()) as { messages: TEmail[] }).messages;
}

/** How many emails `to` has had so far: pass it as `after` to wait for the next one. */
export async function emailCount(to: string): Promise<number> {
  return (await messagesTo(to)).length;
}

/** Waits for an email to `to` (the first after `after` emails to that address; matching `subject` when given), as a person would read it. */
export async function waitForEmail(to: string, options: { after?: number; subject?: RegExp; timeoutMs?: number } = {}): Promise<TEmail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const found = (await messagesTo(to)).slice(options.after ?? 0).find((email) => !options.subject || options.subject.test(email.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email to ${to} within ${options.timeoutMs ?? 15_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in an email to a path, e.g. "/invite/": the full URL. */
export function linkIn(email: TEmail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`).exec(email.text);
  if (!match) throw new Error(`The email "${email.subject}" has no ${path} link`);
  return match[0];
}

/** The token at the end of the newest invitation link emailed to `to`. */
export async function invitationTokenFor(to: string, options: { after?: number } = {}): Promise<string> {
  const email = await waitForEmail(to, { ...options, subject: /invited you to BackTrack/ });
  return linkIn(email, "/invite/").split("/invite/")[1]!;
}
