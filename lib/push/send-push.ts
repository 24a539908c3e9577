import webpush, { type Urgency } from "web-push";
import type { TDatabase } from "../db/client";
import { ZPushMessage, type TPushMessage } from "./push-message";
import { loadVapidKeys } from "./vapid-keys";

/*
 * One notification to every browser a person subscribed. The payload is
 * encrypted for each browser (aes128gcm, RFC 8291/8188) and each request is
 * signed with our VAPID key (RFC 8292); the push service sees neither the text
 * nor the link. A 404 or 410 means the browser dropped the subscription: the
 * row is deleted so it is never tried again. Other failures are reported to the
 * caller (the job queue decides whether to retry), never thrown per device.
 */

export type TPushOutcome = "sent" | "gone" | "failed";

export interface TPushResult {
  subscriptionId: string;
  /** The push service's origin (never the full endpoint, which is a credential of sorts). */
  service: string;
  outcome: TPushOutcome;
  statusCode: number | null;
  /** Why it failed, in words for an admin's view; no message text. */
  reason: string | null;
}

export interface TPushOptions {
  /** How long the push service keeps the message for an offline device (seconds). A reminder is stale after a day. */
  ttlSeconds?: number;
  urgency?: Urgency;
  /** Socket timeout for each push service request (milliseconds). */
  timeoutMs?: number;
  now?: Date;
}

export class PushMessageRefusedError extends Error {
  constructor(problems: string) {
    super(`Push message refused: ${problems}`);
    this.name = "PushMessageRefusedError";
  }
}

export async function sendPushToUser(db: TDatabase, userId: string, message: TPushMessage, options: TPushOptions = {}): Promise<TPushResult[]> {
  const parsed = ZPushMessage.safeParse(message);
  if (!parsed.success) throw new PushMessageRefusedError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; "));
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true, pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true } } } });
  // A deactivated account gets nothing, on any device.
  if (!user?.active || user.pushSubscriptions.length === 0) return [];
  const vapid = await loadVapidKeys(db);
  const payload = JSON.stringify(parsed.data);
  const now = options.now ?? new Date();
  return Promise.all(
    user.pushSubscriptions.map(async (subscription): Promise<TPushResult> => {
      const service = new URL(subscription.endpoint).origin;
      try {
        // web-push encrypts and signs; we send the request ourselves, so the tests' local push endpoint may be plain http (web-push speaks only https).
        const request = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, {
          vapidDetails: vapid,
          contentEncoding: "aes128gcm",
          TTL: options.ttlSeconds ?? 24 * 60 * 60,
          urgency: options.urgency ?? "normal",
        });
        const response = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body ? new Uint8Array(request.body) : null,
          redirect: "error",
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await response.body?.cancel();
        if (response.ok) {
          await db.pushSubscription.updateMany({ where: { id: subscription.id }, data: { lastSuccessAt: now } });
          return { subscriptionId: subscription.id, service, outcome: "sent", statusCode: response.status, reason: null };
        }
        if (response.status === 404 || response.status === 410) {
          await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
          return { subscriptionId: subscription.id, service, outcome: "gone", statusCode: response.status, reason: "The browser no longer has this subscription; removed." };
        }
        return { subscriptionId: subscription.id, service, outcome: "failed", statusCode: response.status, reason: `The push service answered ${response.status}.` };
      } catch (error) {
        const why = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : "unknown error";
        return { subscriptionId: subscription.id, service, outcome: "failed", statusCode: null, reason: `No answer from the push service (${why.slice(0, 120)}).` };
      }
    }),
  );
}
