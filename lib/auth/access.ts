import type { TDatabase } from "../db/client";
import { Prisma, type Role } from "../db/generated/client";
import { recordAudit, type TPatientAuditAction } from "../audit/record-audit";
import { NotFoundError } from "../errors/domain-errors";
import type { TViewer } from "./viewer-types";

/*
 * The one place that decides who may see or change what. Every lib function
 * that touches patient data builds its query from these scopes, so a query
 * cannot forget whose data it reads:
 *   PATIENT    only their own record
 *   CLINICIAN  the patients of their own clinic
 *   ADMIN      the staff of their own clinic; reading patient records is a clinician's job
 * Clinic data that is not about a patient (plan templates) has its own scope.
 */

const NOTHING = { in: [] as string[] };

export function patientScope(viewer: TViewer): Prisma.PatientProfileWhereInput {
  switch (viewer.role) {
    case "PATIENT":
      return { userId: viewer.userId };
    case "CLINICIAN":
      return { user: { clinicId: viewer.clinicId, role: "PATIENT" } };
    default:
      return { userId: NOTHING };
  }
}

/**
 * patientScope as a raw SQL condition, for the one query Prisma cannot express
 * (the patient list sorts by a field of each patient's active episode). The
 * same rule for every role, written against the alias `u` for the patient's
 * "User" row. Change both together: lib/patients/list-clinic-patients.test.ts
 * checks that they select the same patients for every role.
 */
export function patientScopeSql(viewer: TViewer): Prisma.Sql {
  switch (viewer.role) {
    case "PATIENT":
      return Prisma.sql`(u."id" = ${viewer.userId} AND u."role" = 'PATIENT')`;
    case "CLINICIAN":
      return Prisma.sql`(u."clinicId" = ${viewer.clinicId} AND u."role" = 'PATIENT')`;
    default:
      return Prisma.sql`FALSE`;
  }
}

export function staffScope(viewer: TViewer): Prisma.UserWhereInput {
  return viewer.role === "ADMIN" ? { clinicId: viewer.clinicId, role: { in: ["ADMIN", "CLINICIAN"] } } : { id: NOTHING };
}

/**
 * Plan templates are clinic data, not patient data: the clinicians of the
 * clinic list, write and retire them; nobody else sees any.
 */
export function planTemplateScope(viewer: TViewer): Prisma.PlanTemplateWhereInput {
  return viewer.role === "CLINICIAN" ? { clinicId: viewer.clinicId } : { id: NOTHING };
}

/**
 * Conversations (lib/messages) follow the patient rule: a patient their own,
 * a clinician their clinic's (the clinic is kept on the conversation row, so
 * the inbox is one indexed query), an admin none.
 */
export function conversationScope(viewer: TViewer): Prisma.ConversationWhereInput {
  switch (viewer.role) {
    case "PATIENT":
      return { patientId: viewer.userId };
    case "CLINICIAN":
      return { clinicId: viewer.clinicId };
    default:
      return { id: NOTHING };
  }
}

/** conversationScope as a raw SQL condition on the alias `c` (the inbox orders unread first). */
export function conversationScopeSql(viewer: TViewer): Prisma.Sql {
  switch (viewer.role) {
    case "PATIENT":
      return Prisma.sql`c."patientId" = ${viewer.userId}`;
    case "CLINICIAN":
      return Prisma.sql`c."clinicId" = ${viewer.clinicId}`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/** Saved replies are clinic data: the clinic's clinicians share them. */
export function replyTemplateScope(viewer: TViewer): Prisma.ReplyTemplateWhereInput {
  return viewer.role === "CLINICIAN" ? { clinicId: viewer.clinicId } : { id: NOTHING };
}

/** Refuses (as "not found") a viewer whose role may not do this at all. */
export function requireRole(viewer: TViewer, ...roles: Role[]): void {
  if (!roles.includes(viewer.role)) throw new NotFoundError();
}

/**
 * Checks that `viewer` may see patient `patientId`, and records the access in
 * the audit trail when the viewer is someone other than that patient. A
 * refusal of a patient who exists (another clinic's, or someone else's record)
 * is recorded too, for that patient's history; the caller gets the same "not
 * found" as for an id that matches nobody.
 */
export async function requirePatientAccess(db: TDatabase, viewer: TViewer, patientId: string, action: TPatientAuditAction): Promise<void> {
  const visible = await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } });
  if (visible === 0) {
    await recordRefusedAccess(db, viewer, patientId);
    throw new NotFoundError();
  }
  if (isRead(action) && viewer.visitRecordedFor === patientId) return;
  await recordAudit(db, viewer, { action, patientId });
}

/** Records that `viewer` asked for patient `patientId` and was refused, when that patient exists. */
export async function recordRefusedAccess(db: Pick<TDatabase, "auditEvent" | "patientProfile">, viewer: TViewer, patientId: string): Promise<void> {
  if (patientId === viewer.userId) return;
  const exists = await db.patientProfile.count({ where: { userId: patientId } });
  if (exists > 0) await recordAudit(db, viewer, { action: "patient.access.refused", patientId });
}

function isRead(action: TPatientAuditAction): boolean {
  return action.endsWith(".view");
}
