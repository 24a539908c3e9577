import { patientScope, recordRefusedAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { newSetupCode, SETUP_CODE_TTL_HOURS } from "./setup-code-format";

export interface TSetupCodeSheet {
  code: string;
  /** What the patient types with the code: the address on their record. */
  signInEmail: string;
  expiresAt: Date;
}

/**
 * A one-time set-up code for a patient who is in the clinic without their
 * email at hand: printed on a sheet and handed over. Only its hash is stored;
 * earlier codes and the emailed link stop working, so one way in is live at a
 * time. Issuing is audited (the patient sees it in "Who viewed my data").
 */
export async function issueSetupCode(db: TDatabase, viewer: TViewer, patientId: string, now: Date = new Date()): Promise<TSetupCodeSheet> {
  requireRole(viewer, "CLINICIAN");
  const patient = await db.patientProfile.findFirst({
    where: { AND: [{ userId: patientId }, patientScope(viewer)] },
    select: { user: { select: { email: true, invitedEmail: true, passwordHash: true, active: true } } },
  });
  if (!patient) {
    await recordRefusedAccess(db, viewer, patientId);
    throw new NotFoundError();
  }
  if (patient.user.passwordHash) throw new InvalidInputError({ patientId: ["This patient has already set a password and can sign in."] }, 409);
  if (!patient.user.active) throw new InvalidInputError({ patientId: ["Reactivate this patient's account first."] }, 409);
  const { code, codeHash } = newSetupCode();
  const expiresAt = new Date(now.getTime() + SETUP_CODE_TTL_HOURS * 3_600_000);
  await db.$transaction(async (tx) => {
    await tx.setupCode.updateMany({ where: { userId: patientId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.invitation.updateMany({ where: { userId: patientId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.setupCode.create({ data: { codeHash, userId: patientId, createdById: viewer.userId, expiresAt, createdAt: now } });
    await recordAudit(tx, viewer, { action: "patient.setup-code.issue", patientId });
  });
  return { code, signInEmail: patient.user.invitedEmail ?? patient.user.email, expiresAt };
}
