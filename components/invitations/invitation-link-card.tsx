"use client";

import { useState } from "react";

/** The new invitation link, to copy or print for the person it is for. */
export function InvitationLinkCard({ name, url, expiresAt, emailed }: { name: string; url: string; expiresAt: string; emailed: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="invitation-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <h2 id="invitation-heading" className="text-lg font-bold text-brand-900">
        Invitation link for {name}
      </h2>
      <p>
        Give this link to {name}. It works once and expires on{" "}
        <time dateTime={expiresAt}>{new Date(expiresAt).toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short" })}</time>.
        {emailed ? " We also emailed it to them." : ""}
      </p>
      <label className="block space-y-1">
        <span className="font-medium">Link</span>
        <input readOnly value={url} data-testid="invitation-url" className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 font-mono text-sm" />
      </label>
      <div className="flex flex-wrap gap-3 print:hidden">
        <button
          type="button"
          onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Copy link
        </button>
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
          Print
        </button>
        <p role="status" className="self-center text-sm">
          {copied ? "Copied." : ""}
        </p>
      </div>
    </section>
  );
}
