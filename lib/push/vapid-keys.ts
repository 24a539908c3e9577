import webpush from "web-push";
import { getEnv } from "../config/env";
import type { TDatabase } from "../db/client";
import { openSealedValue, sealValue } from "../security/sealed-value";

/*
 * The server's VAPID identity (RFC 8292). Made at first use and kept in the
 * database, so every instance behind the proxy signs with the same key, and
 * browsers, which subscribed with its public key, keep receiving after a
 * restart or a new deploy. The private key is sealed under NEXTAUTH_SECRET.
 */

const PURPOSE = "backtrack vapid private key v1";
const ROW_ID = "default";

export type TVapidKeys = { publicKey: string; privateKey: string; subject: string };

export class VapidKeyUnreadableError extends Error {
  constructor() {
    super("The stored VAPID private key cannot be decrypted (NEXTAUTH_SECRET changed?). Run `npm run push:rotate-keys`: every device then subscribes again.");
    this.name = "VapidKeyUnreadableError";
  }
}

/** The public key browsers subscribe with (base64url, uncompressed P-256 point), making the pair on first use. */
export async function getVapidPublicKey(db: TDatabase): Promise<string> {
  return (await ensureVapidRow(db)).publicKey;
}

/** The key pair and contact address that sign push requests. */
export async function loadVapidKeys(db: TDatabase, appSecret = getEnv().NEXTAUTH_SECRET): Promise<TVapidKeys> {
  const row = await ensureVapidRow(db, appSecret);
  let privateKey: string;
  try {
    privateKey = openSealedValue(row.privateKeySealed, PURPOSE, appSecret);
  } catch {
    throw new VapidKeyUnreadableError();
  }
  return { publicKey: row.publicKey, privateKey, subject: vapidSubject() };
}

/**
 * Replaces the key pair. Every subscription was made with the old public key
 * and would be refused by its push service, so they go too, in the same
 * transaction; devices subscribe again from the Reminders page.
 */
export async function rotateVapidKeys(db: TDatabase, appSecret = getEnv().NEXTAUTH_SECRET): Promise<{ publicKey: string; subscriptionsRemoved: number }> {
  const pair = webpush.generateVAPIDKeys();
  const sealed = sealValue(pair.privateKey, PURPOSE, appSecret);
  return db.$transaction(async (tx) => {
    const removed = await tx.pushSubscription.deleteMany({});
    await tx.pushVapidKeys.upsert({
      where: { id: ROW_ID },
      create: { id: ROW_ID, publicKey: pair.publicKey, privateKeySealed: sealed },
      update: { publicKey: pair.publicKey, privateKeySealed: sealed, createdAt: new Date() },
    });
    return { publicKey: pair.publicKey, subscriptionsRemoved: removed.count };
  });
}

async function ensureVapidRow(db: TDatabase, appSecret = getEnv().NEXTAUTH_SECRET): Promise<{ publicKey: string; privateKeySealed: string }> {
  const select = { publicKey: true, privateKeySealed: true } as const;
  const existing = await db.pushVapidKeys.findUnique({ where: { id: ROW_ID }, select });
  if (existing) return existing;
  const pair = webpush.generateVAPIDKeys();
  // Two instances starting together may both get here: the first insert wins and both read it back.
  await db.pushVapidKeys.createMany({ data: [{ id: ROW_ID, publicKey: pair.publicKey, privateKeySealed: sealValue(pair.privateKey, PURPOSE, appSecret) }], skipDuplicates: true });
  return db.pushVapidKeys.findUniqueOrThrow({ where: { id: ROW_ID }, select });
}

/**
 * Who push services may contact about our traffic: the portal's https address,
 * else the sender address of our emails (push services refuse http and localhost subjects).
 */
export function vapidSubject(env = getEnv()): string {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return new URL(env.NEXTAUTH_URL).origin;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM.trim();
  return `mailto:${address}`;
}
