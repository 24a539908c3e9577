import type { Database } from "../db/client";
import type { Prisma, Role } from "../db/generated/client";
import { recordAudit, type PatientAuditAction } from "../audit/record-audit";
import { NotFoundError } from "../errors/domain-errors";
import type { Viewer } from "./viewer-types";

/*
 * The one place that decides who may see or change what. Every lib function
 * that touches patient data builds its query from these scopes, so a query
 * cannot forget whose data it reads:
 *   PATIENT    only their own record
 *   CLINICIAN  the patients of their own clinic
 *   ADMIN      the staff of their own clinic; reading patient records is a clinician's job
 */

const NOTHING = { in: [] as string[] };

export function patientScope(viewer: Viewer): Prisma.PatientProfileWhereInput {
  switch (viewer.role) {
    case "PATIENT":
      return { userId: viewer.userId };
    case "CLINICIAN":
      return { user: { clinicId: viewer.clinicId, role: "PATIENT" } };
    default:
      return { userId: NOTHING };
  }
}

export function staffScope(viewer: Viewer): Prisma.UserWhereInput {
  return viewer.role === "ADMIN" ? { clinicId: viewer.clinicId, role: { in: ["ADMIN", "CLINICIAN"] } } : { id: NOTHING };
}

/** Refuses (as "not found") a viewer whose role may not do this at all. */
export function requireRole(viewer: Viewer, ...roles: Role[]): void {
  if (!roles.includes(viewer.role)) throw new NotFoundError();
}

/**
 * Checks that `viewer` may see patient `patientId`, and records the access in
 * the audit trail when the viewer is someone other than that patient.
 */
export async function requirePatientAccess(db: Database, viewer: Viewer, patientId: string, action: PatientAuditAction): Promise<void> {
  const visible = await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } });
  if (visible === 0) throw new NotFoundError();
  await recordAudit(db, viewer, { action, patientId });
}
