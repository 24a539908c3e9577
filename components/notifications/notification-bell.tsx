import Link from "next/link";
import type { TViewer } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

/** The header's bell: a link to the inbox whose name says how many are unread (the number alone would be read out without meaning). */
export async function NotificationBell({ viewer, className }: { viewer: TViewer; className: string }) {
  const unread = await countUnreadNotifications(getDb(), viewer);
  const label = unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;
  return (
    <Link href="/notifications" className={className} aria-label={label} data-testid="notification-bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="ml-1 rounded-full bg-brand-800 px-2 text-sm font-bold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
