import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { NotificationChannel, NotificationKind } from "../db/generated/enums";

/** A failed send as the admin sees it: what kind, which way, when and why; never to whom it was about or what it said. */
export type TFailedDelivery = { id: string; kind: NotificationKind; channel: NotificationChannel; failedAt: string; attempts: number; reason: string };

/** The clinic's sends that failed after their last retry, newest first (the admin of the clinic only). */
export async function listFailedDeliveries(db: TDatabase, viewer: TViewer, take = 100): Promise<TFailedDelivery[]> {
  requireRole(viewer, "ADMIN");
  const rows = await db.notificationDelivery.findMany({
    where: { status: "FAILED", notification: { user: { clinicId: viewer.clinicId } } },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, channel: true, updatedAt: true, attempts: true, lastError: true, notification: { select: { kind: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.notification.kind,
    channel: row.channel,
    failedAt: row.updatedAt.toISOString(),
    attempts: row.attempts,
    reason: row.lastError ?? "Unknown",
  }));
}
