import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors/domain-errors";
import { retentionCutoff } from "./retention-policy";

/**
 * A patient's last activity is the latest of: the account's creation, an
 * episode's onset or closing, a check-in date and an exercise mark. Records
 * whose last activity is before the cutoff are listed for review; nothing is
 * ever deleted here.
 */
export async function findRecordsPastRetention(db: TDatabase, clinicId: string, retentionYears: number, asOf: Date): Promise<string[]> {
  const cutoff = retentionCutoff(asOf, retentionYears);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT u."id"
    FROM "User" u
    LEFT JOIN LATERAL (SELECT max("closedAt") AS closed, max("onsetDate")::timestamp AS onset FROM "Episode" WHERE "patientId" = u."id") e ON TRUE
    LEFT JOIN LATERAL (SELECT max("date")::timestamp AS day FROM "CheckIn" WHERE "patientId" = u."id") c ON TRUE
    LEFT JOIN LATERAL (SELECT max("date")::timestamp AS day FROM "ExerciseLog" WHERE "patientId" = u."id") l ON TRUE
    WHERE u."clinicId" = ${clinicId} AND u."role" = 'PATIENT'
      AND GREATEST(u."createdAt", e.closed, e.onset, c.day, l.day) < ${cutoff}
    ORDER BY u."createdAt", u."id"`);
  return rows.map((row) => row.id);
}

export interface TRetentionRunResult {
  clinicId: string;
  patients: number;
}

/**
 * The monthly job: for every clinic, stores the list of patients past the
 * clinic's retention period as of `asOf` (one review per clinic and day, so a
 * retried run changes nothing). Schedule it monthly (pg-boss cron "0 3 1 * *").
 */
export async function runRetentionReview(db: TDatabase, asOf: Date): Promise<TRetentionRunResult[]> {
  const day = new Date(`${asOf.toISOString().slice(0, 10)}T00:00:00.000Z`);
  const clinics = await db.clinic.findMany({ select: { id: true, retentionYears: true }, orderBy: { createdAt: "asc" } });
  const results: TRetentionRunResult[] = [];
  for (const clinic of clinics) {
    const patientIds = await findRecordsPastRetention(db, clinic.id, clinic.retentionYears, asOf);
    await db.retentionReview.upsert({
      where: { clinicId_asOf: { clinicId: clinic.id, asOf: day } },
      create: { clinicId: clinic.id, asOf: day, retentionYears: clinic.retentionYears, patientIds },
      update: {},
    });
    results.push({ clinicId: clinic.id, patients: patientIds.length });
  }
  return results;
}

export interface TRetentionListItem {
  /** The patient's id: opaque to the admin; a clinician can open the record by it to check before deciding. */
  patientId: string;
  /** When the patient was first invited (the account's creation day). */
  invitedOn: string;
  confirmedForDeletionOn: string | null;
}

export interface TRetentionReviewView {
  retentionYears: number;
  review: { asOf: string; retentionYears: number; total: number; confirmed: number; patients: TRetentionListItem[] } | null;
}

/**
 * The latest review for the admin. Admins see no patient health data
 * (lib/auth/access.ts), so the list holds opaque ids and invitation dates
 * only: enough to count, to decide with a clinician who looks the id up, and
 * to record the decision; no names, no episode dates, nothing clinical.
 */
export async function getRetentionReview(db: TDatabase, viewer: TViewer): Promise<TRetentionReviewView> {
  requireRole(viewer, "ADMIN");
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: { retentionYears: true } });
  const review = await db.retentionReview.findFirst({ where: { clinicId: viewer.clinicId }, orderBy: { asOf: "desc" }, select: { asOf: true, retentionYears: true, patientIds: true } });
  if (!review) return { retentionYears: clinic.retentionYears, review: null };
  const [users, decisions] = await Promise.all([
    db.user.findMany({ where: { id: { in: review.patientIds }, clinicId: viewer.clinicId, role: "PATIENT" }, select: { id: true, createdAt: true } }),
    db.retentionDecision.findMany({ where: { clinicId: viewer.clinicId, patientId: { in: review.patientIds } }, select: { patientId: true, decidedAt: true } }),
  ]);
  const decided = new Map(decisions.map((decision) => [decision.patientId, decision.decidedAt.toISOString().slice(0, 10)]));
  const patients = users
    .map((user) => ({ patientId: user.id, invitedOn: user.createdAt.toISOString().slice(0, 10), confirmedForDeletionOn: decided.get(user.id) ?? null }))
    .sort((a, b) => a.invitedOn.localeCompare(b.invitedOn) || a.patientId.localeCompare(b.patientId));
  return {
    retentionYears: clinic.retentionYears,
    review: { asOf: review.asOf.toISOString().slice(0, 10), retentionYears: review.retentionYears, total: patients.length, confirmed: decided.size, patients },
  };
}

/** The admin confirms a listed record for deletion: recorded and audited (deletion itself comes later, by another step). Again is harmless. */
export async function confirmRetentionDeletion(db: TDatabase, viewer: TViewer, patientId: string): Promise<{ patientId: string; confirmedForDeletionOn: string }> {
  requireRole(viewer, "ADMIN");
  const review = await db.retentionReview.findFirst({ where: { clinicId: viewer.clinicId }, orderBy: { asOf: "desc" }, select: { patientIds: true } });
  if (!review?.patientIds.includes(patientId)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const existing = await tx.retentionDecision.findUnique({ where: { clinicId_patientId: { clinicId: viewer.clinicId, patientId } }, select: { decidedAt: true } });
    if (existing) return { patientId, confirmedForDeletionOn: existing.decidedAt.toISOString().slice(0, 10) };
    const decision = await tx.retentionDecision.create({ data: { clinicId: viewer.clinicId, patientId, decidedById: viewer.userId }, select: { decidedAt: true } });
    await recordAudit(tx, viewer, { action: "clinic.retention.confirm", subjectIds: [patientId] });
    return { patientId, confirmedForDeletionOn: decision.decidedAt.toISOString().slice(0, 10) };
  });
}
