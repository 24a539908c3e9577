import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { openInbox } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The inbox: every notification, whatever else was sent; opening it marks them read. */
export default async function NotificationsPage() {
  const viewer = await requirePageViewer("PATIENT", "CLINICIAN", "ADMIN");
  const notifications = await openInbox(getDb(), viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-900">Notifications</h1>
        {viewer.role === "ADMIN" ? null : (
          <Link href="/reminders" className="font-medium text-brand-800 underline">
            Reminder settings
          </Link>
        )}
      </div>
      {notifications.length === 0 ? (
        <p>Nothing yet. Reminders and notices from your clinic will show here.</p>
      ) : (
        <ul className="divide-y divide-brand-100 rounded-md border border-brand-100 bg-white" data-testid="notification-list">
          {notifications.map((notification) => (
            <li key={notification.id} className="p-4">
              <p className="font-semibold">
                {notification.read ? null : <span className="mr-2 rounded bg-brand-800 px-2 text-sm text-white">New</span>}
                <Link href={notification.link} className="text-brand-800 underline">
                  {notification.title}
                </Link>
              </p>
              <p>{notification.body}</p>
              <p className="text-sm text-muted">
                <time dateTime={notification.createdAt}>{WHEN.format(new Date(notification.createdAt))} UTC</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
