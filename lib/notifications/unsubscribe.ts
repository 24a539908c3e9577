import type { TDatabase } from "../db/client";
import { type NotificationKind } from "../db/generated/enums";
import { channelKey } from "../reminders/reminder-settings";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type TUnsubscribeResult = { ok: true; kind: NotificationKind } | { ok: false };

/**
 * Turns email off for the token's kind (RFC 8058 one-click: no sign-in, no
 * confirmation step for the POST). Doing it twice changes nothing more. The
 * in-app notice stays on, as it always is.
 */
export async function unsubscribeByToken(db: TDatabase, token: string): Promise<TUnsubscribeResult> {
  const target = verifyUnsubscribeToken(token);
  if (!target) return { ok: false };
  const off = channelKey(target.kind, "EMAIL");
  const user = await db.user.findUnique({ where: { id: target.userId }, select: { id: true } });
  if (!user) return { ok: false };
  await db.$transaction(async (tx) => {
    const current = await tx.reminderSettings.upsert({ where: { userId: target.userId }, create: { userId: target.userId, disabled: [off] }, update: {}, select: { disabled: true } });
    if (!current.disabled.includes(off)) await tx.reminderSettings.update({ where: { userId: target.userId }, data: { disabled: { push: off } } });
  });
  return { ok: true, kind: target.kind };
}

/** What the confirmation page says a token turns off, without changing anything (a GET must not unsubscribe: link scanners follow links). */
export function describeUnsubscribeToken(token: string): TUnsubscribeResult {
  const target = verifyUnsubscribeToken(token);
  return target ? { ok: true, kind: target.kind } : { ok: false };
}
