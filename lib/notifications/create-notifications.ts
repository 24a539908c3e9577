import type { Prisma } from "../db/generated/client";
import type { NotificationChannel, NotificationKind } from "../db/generated/enums";

export type TNewNotification = {
  userId: string;
  kind: NotificationKind;
  link: string;
  /** One notification per key, ever: a second scan, instance or retry makes none. */
  dedupeKey: string;
  /** The channels besides in-app (always made) it goes out on. */
  channels: NotificationChannel[];
};

/**
 * Stores in-app notifications and their pending email/push deliveries (an
 * outbox: the job queue sends what is PENDING). Keys already used are skipped
 * with ON CONFLICT DO NOTHING, so this is safe inside any transaction and
 * between racing instances. Returns the new deliveries' ids.
 */
export async function createNotifications(db: Prisma.TransactionClient, notifications: readonly TNewNotification[]): Promise<string[]> {
  if (notifications.length === 0) return [];
  const created = await db.notification.createManyAndReturn({
    data: notifications.map(({ userId, kind, link, dedupeKey }) => ({ userId, kind, link, dedupeKey })),
    skipDuplicates: true,
    select: { id: true, dedupeKey: true },
  });
  const byKey = new Map(notifications.map((notification) => [notification.dedupeKey, notification]));
  // Push only to someone with a browser that allowed it: no job for a delivery that has nowhere to go.
  const wantPush = [...new Set(notifications.filter((notification) => notification.channels.includes("PUSH")).map((notification) => notification.userId))];
  const withBrowser = new Set(
    wantPush.length === 0 ? [] : (await db.pushSubscription.findMany({ where: { userId: { in: wantPush } }, distinct: ["userId"], select: { userId: true } })).map((row) => row.userId),
  );
  const deliveries = created.flatMap(({ id, dedupeKey }) => {
    const notification = byKey.get(dedupeKey);
    if (!notification) return [];
    return notification.channels.filter((channel) => channel !== "PUSH" || withBrowser.has(notification.userId)).map((channel) => ({ notificationId: id, channel }));
  });
  if (deliveries.length === 0) return [];
  const rows = await db.notificationDelivery.createManyAndReturn({ data: deliveries, skipDuplicates: true, select: { id: true } });
  return rows.map((row) => row.id);
}
