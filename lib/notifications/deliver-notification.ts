import { parseEnv } from "../config/env";
import type { TDatabase } from "../db/client";
import { sendEmail } from "../mail/send-email";
import { loadReminderSettings } from "../reminders/load-reminder-settings";
import { isChannelOn } from "../reminders/reminder-settings";
import { notificationText } from "./notification-text";
import { sendPush } from "./push-channel";
import { unsubscribeToken } from "./unsubscribe-token";

export type TDeliveryOutcome = "sent" | "skipped" | "already-done";

/** The reason kept for the admin's list: the error's kind and message, cut short; sendEmail's errors never carry the message body. */
export function failureReason(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

function publicBaseUrl(): string {
  return (parseEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Sends one delivery (a job of the delivery queue). A delivery already SENT,
 * SKIPPED or FAILED is left alone, so a job run twice sends once; a channel
 * turned off since the scan, or an inactive account, is SKIPPED. A send that
 * throws counts the attempt and rethrows for the queue's retry; `lastAttempt`
 * marks it FAILED with the reason for the admin's list.
 */
export async function deliverNotification(db: TDatabase, deliveryId: string, options: { lastAttempt: boolean }): Promise<TDeliveryOutcome> {
  const delivery = await db.notificationDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      status: true,
      channel: true,
      notification: { select: { id: true, kind: true, link: true, user: { select: { id: true, email: true, active: true, clinic: { select: { name: true } } } } } },
    },
  });
  if (!delivery || delivery.status !== "PENDING") return "already-done";
  const { notification, channel } = delivery;
  const { user } = notification;
  const settings = await loadReminderSettings(db, user.id);
  if (!user.active || !isChannelOn(settings, notification.kind, channel)) {
    await db.notificationDelivery.update({ where: { id: deliveryId }, data: { status: "SKIPPED" } });
    return "skipped";
  }
  const text = notificationText(notification.kind);
  const base = publicBaseUrl();
  try {
    if (channel === "EMAIL") {
      const unsubscribeUrl = `${base}/api/v1/unsubscribe/${unsubscribeToken({ userId: user.id, kind: notification.kind })}`;
      await sendEmail({
        to: user.email,
        clinicName: user.clinic.name,
        subject: text.title,
        heading: text.title,
        paragraphs: [text.body],
        action: { label: text.actionLabel, url: `${base}${notification.link}` },
        footer: [`You get this email because reminders are on in BackTrack. Turn this kind off: ${unsubscribeUrl}`, `Change all reminders: ${base}/reminders`],
        headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }, { db });
    } else {
      const outcome = await sendPush(db, user.id, text, notification.link, notification.id);
      if (!outcome.sent) {
        await db.notificationDelivery.update({ where: { id: deliveryId }, data: { status: "SKIPPED", lastError: outcome.reason } });
        return "skipped";
      }
    }
  } catch (error) {
    await db.notificationDelivery.update({
      where: { id: deliveryId },
      data: { attempts: { increment: 1 }, lastError: failureReason(error), status: options.lastAttempt ? "FAILED" : "PENDING" },
    });
    throw error;
  }
  await db.notificationDelivery.update({ where: { id: deliveryId }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return "sent";
}
