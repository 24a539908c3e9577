import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listFailedDeliveries } from "@/lib/notifications/list-failed-deliveries";
import { KIND_LABELS } from "@/lib/notifications/notification-labels";

export const metadata: Metadata = { title: "Failed notifications" };

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Sends that failed after every retry: for the admin to fix the mail set-up; no person or health detail is shown. */
export default async function FailedNotificationsPage() {
  const viewer = await requirePageViewer("ADMIN");
  const failed = await listFailedDeliveries(getDb(), viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Failed notifications</h1>
      <p>Emails and push messages that could not be sent after every retry. The in-app notice was still shown.</p>
      {failed.length === 0 ? (
        <p>None. Every notification was sent.</p>
      ) : (
        <ScrollArea label="Table of failed notifications, scrolls sideways">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Failed notifications, newest first</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-4">Kind</th>
                <th scope="col" className="py-2 pr-4">Channel</th>
                <th scope="col" className="py-2 pr-4">When (UTC)</th>
                <th scope="col" className="py-2 pr-4">Tries</th>
                <th scope="col" className="py-2 pr-4">Reason</th>
              </tr>
            </thead>
            <tbody>
              {failed.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4">{KIND_LABELS[row.kind]}</td>
                  <td className="py-2 pr-4">{row.channel === "EMAIL" ? "Email" : "Push"}</td>
                  <td className="py-2 pr-4">
                    <time dateTime={row.failedAt}>{WHEN.format(new Date(row.failedAt))}</time>
                  </td>
                  <td className="py-2 pr-4">{row.attempts}</td>
                  <td className="py-2 pr-4 break-words">{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
