import type { TDatabase } from "../db/client";
import { recordAccountEvent } from "../audit/record-account-event";
import type { TAuditOrigin } from "../audit/record-audit";
import { reserveAttempt, throttleKey } from "../auth/sign-in-throttle";
import { TryLaterError } from "../errors/domain-errors";
import { PLACEHOLDER_EMAIL_DOMAIN } from "../invitations/account-collision";
import { sendEmail } from "../mail/send-email";
import { newSecretToken, publicUrl } from "../security/secret-token";
import { RESET_TTL_MINUTES } from "./password-reset-tokens";

/**
 * "Forgot your password?": the answer is the same whether or not the address
 * has an account, so the form reveals nobody. Requests are counted in the
 * sign-in throttle table per address typed and per client address (unknown
 * addresses count too), before anything else. The email goes out without the
 * caller waiting for it, so the answer takes as long for an unknown address.
 * A new link makes earlier unused ones stop working.
 */
export async function requestPasswordReset(
  db: TDatabase,
  input: { email: string; origin: string; clientAddress: TAuditOrigin },
  now: Date = new Date(),
): Promise<{ requested: true; delivery: Promise<void> }> {
  const email = input.email.trim().toLowerCase();
  const [account, address] = await Promise.all([
    reserveAttempt(db, "account", throttleKey("account", `password-reset:${email}`), now),
    reserveAttempt(db, "address", throttleKey("address", `password-reset:${input.clientAddress.ip ?? "unknown"}`), now),
  ]);
  if (!account.ok || !address.ok) {
    const until = Math.max(...[account, address].flatMap((reservation) => (reservation.ok ? [] : [reservation.lockedUntil.getTime()])));
    throw new TryLaterError("Too many password reset requests. Try again later.", Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, active: true, clinic: { select: { name: true } } } });
  if (!user || !user.active || email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`)) return { requested: true, delivery: Promise.resolve() };

  const { token, tokenHash } = newSecretToken();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.passwordResetToken.create({ data: { tokenHash, userId: user.id, expiresAt: new Date(now.getTime() + RESET_TTL_MINUTES * 60_000), createdAt: now } });
    await recordAccountEvent(tx, { action: "auth.password-reset.request", userId: user.id, origin: input.clientAddress });
  });
  const delivery = sendEmail(
    {
      to: email,
      clinicName: user.clinic.name,
      subject: "Reset your BackTrack password",
      heading: "Reset your password",
      paragraphs: [
        `Hello ${user.name},`,
        "Someone asked to reset the password of your BackTrack account. Open the link to choose a new one. It works once, for one hour.",
        "If it was not you, ignore this email: your password stays as it is.",
      ],
      action: { label: "Choose a new password", url: publicUrl(`/reset-password/${token}`, input.origin) },
    },
    { db },
  ).then(
    () => undefined,
    (error: unknown) => console.error(`Could not email a password reset link: ${error instanceof Error ? error.message : String(error)}`),
  );
  return { requested: true, delivery };
}
