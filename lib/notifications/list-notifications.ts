import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { NotificationKind } from "../db/generated/enums";
import { notificationText } from "./notification-text";

export type TNotificationView = { id: string; kind: NotificationKind; title: string; body: string; link: string; createdAt: string; read: boolean };

/** How many the inbox shows: the newest, a notice older than these has done its job. */
export const INBOX_SIZE = 50;

/** The bell's number: the viewer's own unread notifications. */
export async function countUnreadNotifications(db: TDatabase, viewer: TViewer): Promise<number> {
  return db.notification.count({ where: { userId: viewer.userId, readAt: null } });
}

/**
 * The viewer's own inbox, newest first; opening it marks what it shows as read
 * (the list still shows which were new this time).
 */
export async function openInbox(db: TDatabase, viewer: TViewer, now: Date = new Date()): Promise<TNotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
    select: { id: true, kind: true, link: true, createdAt: true, readAt: true },
  });
  const unread = rows.filter((row) => row.readAt === null).map((row) => row.id);
  if (unread.length) await db.notification.updateMany({ where: { id: { in: unread }, userId: viewer.userId }, data: { readAt: now } });
  return rows.map((row) => {
    const text = notificationText(row.kind);
    return { id: row.id, kind: row.kind, title: text.title, body: text.body, link: row.link, createdAt: row.createdAt.toISOString(), read: row.readAt !== null };
  });
}
