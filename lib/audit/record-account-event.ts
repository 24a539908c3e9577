import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { writeAuditEvent, type TAccountAuditAction, type TAuditOrigin } from "./record-audit";

type Reader = Pick<TDatabase, "auditEvent" | "user">;

/**
 * Records something that happened to an account outside a signed-in request:
 * sign-in (success or failure), sign-out, accepting an invitation. `userId` is
 * null for a failed sign-in with an email that matches nobody: the typed email
 * is never stored, so a mistyped password or a stranger's address leaves
 * nothing but the caller's address.
 */
export async function recordAccountEvent(
  db: Reader,
  event: { action: TAccountAuditAction; userId: string | null; origin: TAuditOrigin; detail?: Prisma.InputJsonObject },
): Promise<void> {
  const user = event.userId ? await db.user.findUnique({ where: { id: event.userId }, select: { id: true, role: true, clinicId: true } }) : null;
  // A failed sign-in is about the account, but nobody knows who typed it.
  const actor = user && event.action !== "auth.sign-in.fail" ? user : null;
  await writeAuditEvent(db, {
    action: event.action,
    actor,
    clinicId: user?.clinicId ?? null,
    subjectUserId: user?.id,
    detail: event.detail,
    origin: event.origin,
  });
}
