import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZCareTeamInput, type TCareTeamInput } from "./care-team-input";

export type TCareTeamMember = { clinicianId: string; name: string };

/** The patient's clinicians, by name. For the patient and the clinicians of their clinic (audited for clinicians). */
export async function listCareTeam(db: TDatabase, viewer: TViewer, patientId: string): Promise<TCareTeamMember[]> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.care-team.view");
  return readCareTeam(db, patientId);
}

async function readCareTeam(db: Prisma.TransactionClient, patientId: string): Promise<TCareTeamMember[]> {
  const rows = await db.careTeamMember.findMany({
    where: { patientId },
    select: { clinicianId: true, clinician: { select: { name: true } } },
    orderBy: { clinician: { name: "asc" } },
  });
  return rows.map((row) => ({ clinicianId: row.clinicianId, name: row.clinician.name }));
}

/** Whether the clinician is on the patient's care team. No access check: for lib functions that already checked the viewer. */
export async function isOnCareTeam(db: Prisma.TransactionClient, patientId: string, clinicianId: string): Promise<boolean> {
  return (await db.careTeamMember.count({ where: { patientId, clinicianId } })) > 0;
}

/**
 * Who hears about a patient at once (emergency flags; later messages): the
 * active clinicians of the care team, or every active clinician of the
 * patient's clinic when the team has none left, so nobody is missed.
 */
export async function careTeamRecipients(db: Prisma.TransactionClient, patientId: string): Promise<string[]> {
  const patient = await db.user.findUniqueOrThrow({ where: { id: patientId }, select: { clinicId: true } });
  const clinicians = { clinicId: patient.clinicId, role: "CLINICIAN" as const, active: true };
  const team = await db.careTeamMember.findMany({ where: { patientId, clinician: clinicians }, select: { clinicianId: true } });
  if (team.length > 0) return team.map((member) => member.clinicianId);
  const everyone = await db.user.findMany({ where: clinicians, select: { id: true } });
  return everyone.map((user) => user.id);
}

/**
 * A clinician sets the patient's care team: one or more active clinicians of
 * the patient's clinic (any other id is refused, naming the field).
 */
export async function setCareTeam(db: TDatabase, viewer: TViewer, patientId: string, input: TCareTeamInput): Promise<TCareTeamMember[]> {
  requireRole(viewer, "CLINICIAN");
  const { clinicianIds } = parseDomainInput(ZCareTeamInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.care-team.change");
  const wanted = [...new Set(clinicianIds)];
  const valid = await db.user.findMany({ where: { id: { in: wanted }, clinicId: viewer.clinicId, role: "CLINICIAN", active: true }, select: { id: true } });
  if (valid.length !== wanted.length) throw new InvalidInputError({ clinicianIds: ["Choose clinicians of this clinic."] });
  return db.$transaction(async (tx) => {
    await tx.careTeamMember.deleteMany({ where: { patientId, clinicianId: { notIn: wanted } } });
    await tx.careTeamMember.createMany({ data: wanted.map((clinicianId) => ({ patientId, clinicianId })), skipDuplicates: true });
    return readCareTeam(tx, patientId);
  });
}

/** The clinicians a care team may be chosen from (the editor's options). */
export async function listClinicClinicians(db: TDatabase, viewer: TViewer): Promise<TCareTeamMember[]> {
  requireRole(viewer, "CLINICIAN");
  const rows = await db.user.findMany({ where: { clinicId: viewer.clinicId, role: "CLINICIAN", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return rows.map((row) => ({ clinicianId: row.id, name: row.name }));
}

