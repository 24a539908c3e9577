import type { z } from "zod";
import { recordAccountEvent } from "../audit/record-account-event";
import type { TAuditOrigin } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeSessions } from "../auth/sessions";
import { reserveAttempt, throttleKey } from "../auth/sign-in-throttle";
import { revokeCalendarFeedsOf } from "../calendar/calendar-feeds";
import type { TDatabase } from "../db/client";
import { InvalidInputError, TryLaterError } from "../errors/domain-errors";
import { PLACEHOLDER_EMAIL_DOMAIN } from "../invitations/account-collision";
import { sendEmail } from "../mail/send-email";
import { hashSetupCode } from "./setup-code-format";
import type { ZRedeemSetupCode } from "./setup-code-input";

const NO_MATCH = "That email and code do not match a code that is still valid. Check the sheet, or ask your clinic for a new one.";

/**
 * The patient types their email, the code from the sheet and a new password.
 * Attempts are counted per email and per client address before the code is
 * checked (a 59-bit code behind 5 tries per 15 minutes), and every failure
 * answers the same. The code works once; the account's sessions and calendar
 * links end; the use is audited, and a patient with a real address is told by
 * email that their account was set up.
 */
export async function redeemSetupCode(db: TDatabase, input: z.infer<typeof ZRedeemSetupCode>, origin: TAuditOrigin, now: Date = new Date()): Promise<{ email: string }> {
  const [account, address] = await Promise.all([
    reserveAttempt(db, "account", throttleKey("account", `setup-code:${input.email}`), now),
    reserveAttempt(db, "address", throttleKey("address", `setup-code:${origin.ip ?? "unknown"}`), now),
  ]);
  if (!account.ok || !address.ok) {
    const until = Math.max(...[account, address].flatMap((reservation) => (reservation.ok ? [] : [reservation.lockedUntil.getTime()])));
    throw new TryLaterError("Too many wrong codes. For your safety, set-up codes are paused for a while.", Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }
  const codeHash = hashSetupCode(input.code);
  const found = await db.setupCode.findUnique({
    where: { codeHash },
    select: { usedAt: true, expiresAt: true, user: { select: { id: true, email: true, active: true, passwordHash: true, clinic: { select: { name: true } }, name: true } } },
  });
  const user = found?.user;
  if (!found || !user || found.usedAt || found.expiresAt <= now || !user.active || user.passwordHash || user.email !== input.email) {
    throw new InvalidInputError({ code: [NO_MATCH] }, 409);
  }
  const problem = passwordProblem(input.password, { email: user.email });
  if (problem) throw new InvalidInputError({ password: [problem] });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.setupCode.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new InvalidInputError({ code: [NO_MATCH] }, 409);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.invitation.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await revokeSessions(tx, user.id, { now });
    await revokeCalendarFeedsOf(tx, user.id, now);
    await recordAccountEvent(tx, { action: "auth.setup-code.use", userId: user.id, origin });
  });
  if (!user.email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`)) {
    await sendEmail(
      {
        to: user.email,
        clinicName: user.clinic.name,
        subject: "Your BackTrack account is set up",
        heading: "Your account is set up",
        paragraphs: [
          `Hello ${user.name},`,
          `A password was just set for your BackTrack account with a set-up code from ${user.clinic.name}.`,
          "If this was not you, contact your clinic straight away.",
        ],
      },
      { db },
    ).catch((error: unknown) => console.error(`Could not email a set-up notice: ${error instanceof Error ? error.message : String(error)}`));
  }
  return { email: user.email };
}
