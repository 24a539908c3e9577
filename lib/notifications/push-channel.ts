import type { TDatabase } from "../db/client";
import { sendPushToUser } from "../push/send-push";
import type { TNotificationText } from "./notification-text";

/** The push channel is offered in the reminder settings (each browser still has to be allowed, lib/push). */
export const PUSH_CHANNEL_CONNECTED = true;

export type TPushOutcome = { sent: true } | { sent: false; reason: string };

/**
 * One notification to every browser the person allowed. Sent when at least one
 * took it; a person with no browser allowed is skipped (nothing to retry); a
 * push service that failed for every browser throws, so the queue retries.
 */
export async function sendPush(db: TDatabase, userId: string, text: TNotificationText, url: string, tag: string): Promise<TPushOutcome> {
  const results = await sendPushToUser(db, userId, { title: text.title, body: text.body, url, tag });
  if (results.some((result) => result.outcome === "sent")) return { sent: true };
  const failed = results.filter((result) => result.outcome === "failed");
  if (failed.length > 0) throw new Error(`Push failed for every browser: ${failed.map((result) => result.reason).join("; ")}`);
  return { sent: false, reason: "No browser of this person has notifications on." };
}
