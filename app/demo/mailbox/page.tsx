import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { demoMailboxEnabled, listDemoEmails } from "@/lib/mail/demo-mailbox";

export const metadata: Metadata = { title: "Demo mailbox", referrer: "no-referrer", robots: { index: false } };

/** Links in a demo email, shown as links (the text stays text). */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
}

/**
 * Demo mode without SMTP_URL: every email the portal sends, readable by
 * whoever tries the demo (it holds only demo accounts' mail). Gone in live
 * mode and once a real mail server is set.
 */
export default async function DemoMailboxPage() {
  if (!demoMailboxEnabled()) notFound();
  const emails = await listDemoEmails(getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Demo mailbox</h1>
      <p>
        In the demo no email leaves this computer: invitations and password-reset links land here instead, newest first. A real clinic sets <code>SMTP_URL</code> and this
        page disappears.
      </p>
      {emails.length === 0 ? <p>No emails yet.</p> : null}
      <ol className="space-y-4">
        {emails.map((email) => (
          <li key={email.id}>
            <article aria-labelledby={`mail-${email.id}`} className="space-y-2 rounded-lg border border-brand-100 p-4">
              <h2 id={`mail-${email.id}`} className="text-lg font-bold text-brand-900">
                {email.subject}
              </h2>
              <p className="text-sm text-muted">
                To <span data-testid="demo-mail-to">{email.to}</span>, <time dateTime={email.createdAt.toISOString()}>{email.createdAt.toUTCString()}</time>
              </p>
              <pre className="whitespace-pre-wrap break-words font-sans text-sm">{email.text}</pre>
              {linksIn(email.text).map((url) => (
                <p key={url}>
                  <a href={url} className="inline-flex min-h-11 items-center break-all font-medium text-brand-800 underline">
                    Open the link<span className="sr-only"> in the email &quot;{email.subject}&quot; to {email.to}</span>
                  </a>
                </p>
              ))}
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
