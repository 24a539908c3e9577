import { createECDH } from "node:crypto";
import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { getEnv, type TEnv } from "../config/env";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { deviceLabel } from "./device-label";
import type { TPushSubscriptionInput, TPushUnsubscribeInput } from "./push-input";

/*
 * A subscription belongs to the signed-in person who made it, and each person
 * manages only their own (every query is scoped to viewer.userId). The endpoint
 * is unique: a browser that subscribes again, or a shared phone where someone
 * else signs in and turns notifications on, keeps one row, now for the person
 * who asked last, since that is who the device's notifications are for.
 */

/** Beyond this many devices a person's oldest subscription makes way (a browser reinstalled many times leaves dead ones). */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export async function subscribeToPush(db: TDatabase, viewer: TViewer, input: TPushSubscriptionInput, env: TEnv = getEnv()): Promise<{ subscribed: true }> {
  requireRole(viewer, "PATIENT", "CLINICIAN", "ADMIN");
  checkEndpoint(input.endpoint, env);
  checkBrowserKey(input.keys.p256dh);
  const data = { userId: viewer.userId, p256dh: input.keys.p256dh, auth: input.keys.auth, userAgentLabel: deviceLabel(viewer.userAgent) };
  await db.$transaction(async (tx) => {
    await tx.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
    const surplus = await tx.pushSubscription.findMany({
      where: { userId: viewer.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: MAX_SUBSCRIPTIONS_PER_USER,
      select: { id: true },
    });
    if (surplus.length) await tx.pushSubscription.deleteMany({ where: { id: { in: surplus.map((row) => row.id) }, userId: viewer.userId } });
  });
  return { subscribed: true };
}

/** Removes the viewer's subscription with this endpoint; someone else's, or one already gone, is left alone and answers the same. */
export async function unsubscribeFromPush(db: TDatabase, viewer: TViewer, input: TPushUnsubscribeInput): Promise<{ subscribed: false }> {
  requireRole(viewer, "PATIENT", "CLINICIAN", "ADMIN");
  await db.pushSubscription.deleteMany({ where: { endpoint: input.endpoint, userId: viewer.userId } });
  return { subscribed: false };
}

/** How many browsers will get this person's notifications (the Reminders page shows it). */
export async function countPushSubscriptions(db: TDatabase, viewer: TViewer): Promise<number> {
  return db.pushSubscription.count({ where: { userId: viewer.userId } });
}

/**
 * The server will POST to this address, so it must look like a push service:
 * https on a named host. Plain http to this machine is allowed outside live mode,
 * for the tests' local push endpoint. IP literals are refused in live mode, so a
 * subscription cannot point the server at an address on the clinic's own network.
 */
function checkEndpoint(endpoint: string, env: TEnv): void {
  const url = new URL(endpoint);
  const live = env.BACKTRACK_MODE === "live";
  const refuse = (message: string) => {
    throw new InvalidInputError({ endpoint: [message] });
  };
  if (url.username || url.password) refuse("The push endpoint must not contain a user name or password.");
  if (url.protocol === "http:" && (live || !LOOPBACK_HOSTS.has(url.hostname))) refuse("The push endpoint must be an https:// address.");
  if (live && (LOOPBACK_HOSTS.has(url.hostname) || /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith("["))) refuse("The push endpoint must name a push service.");
}

/** A point that is not on the P-256 curve would only fail later, at every send. */
function checkBrowserKey(p256dh: string): void {
  try {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    ecdh.computeSecret(Buffer.from(p256dh, "base64url"));
  } catch {
    throw new InvalidInputError({ "keys.p256dh": ["The browser key (p256dh) is not a valid P-256 public key."] });
  }
}
