import type { Metadata } from "next";
import Link from "next/link";
import { KIND_LABELS } from "@/lib/notifications/notification-labels";
import { describeUnsubscribeToken } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe" };

/**
 * What an email's unsubscribe link opens: a GET changes nothing (mail
 * scanners follow links), the button POSTs the same one-click request a mail
 * app would send. No sign-in needed.
 */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string; failed?: string }> }) {
  const { token } = await params;
  const { done, failed } = await searchParams;
  const target = describeUnsubscribeToken(token);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Unsubscribe</h1>
      {!target.ok || failed ? (
        <p role="alert">This link does not work. Sign in and open Reminders to change which emails you get.</p>
      ) : done ? (
        <p role="status">
          Done. You will get no more “{KIND_LABELS[target.kind]}” emails. You still see them in BackTrack, and you can turn them back on under Reminders.
        </p>
      ) : (
        <form method="post" action={`/api/v1/unsubscribe/${encodeURIComponent(token)}`} className="space-y-4">
          <p>Stop emails of this kind: “{KIND_LABELS[target.kind]}”?</p>
          <button type="submit" className="min-h-11 rounded-md bg-brand-800 px-4 font-semibold text-white">
            Turn these emails off
          </button>
        </form>
      )}
      <p>
        <Link href="/reminders" className="text-brand-800 underline">
          All reminder settings
        </Link>
      </p>
    </div>
  );
}
