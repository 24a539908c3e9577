import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { addDays, fromDbDate, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { CHRONICITY_RISK_DAYS, SETTLED_PAIN_MAX } from "../trends/chronicity-risk";

/** No check-in for this many days puts a patient in the digest. */
export const DIGEST_SILENT_DAYS = 7;
/** New red flags: raised in the day before the digest, still open. */
const DIGEST_FLAG_HOURS = 24;

export type TDigestPatient = { patientId: string; name: string };

export type TClinicianDigest = {
  newFlags: TDigestPatient[];
  chronicityRisk: TDigestPatient[];
  worseThanFirstWeek: TDigestPatient[];
  silent: TDigestPatient[];
};

/**
 * The patients a clinician's digest is about: those on their care team, and
 * those of their clinic with no care team at all (so nobody falls between).
 */
function digestPatients(clinician: { id: string; clinicId: string }): Prisma.UserWhereInput {
  return {
    clinicId: clinician.clinicId,
    role: "PATIENT",
    active: true,
    patient: { OR: [{ careTeam: { some: { clinicianId: clinician.id } } }, { careTeam: { none: {} } }] },
  };
}

/**
 * The digest at `asOf`: open red flags raised in the last 24 hours, patients
 * at chronicity risk (not improving 6 weeks after onset: Farrar 2001 / Ostelo
 * 2008 change rule in lib/trends), worse than their first week, and silent for
 * 7 or more days. Dates compare as UTC calendar days (a day's difference in
 * zone does not change who is listed a day early or late in a daily list).
 */
export async function computeDigest(db: Prisma.TransactionClient, clinician: { id: string; clinicId: string }, asOf: Date): Promise<TClinicianDigest> {
  const scope = digestPatients(clinician);
  const today = fromDbDate(new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate())));
  const patients = await db.user.findMany({
    where: scope,
    select: {
      id: true,
      name: true,
      createdAt: true,
      patient: {
        select: {
          redFlagAlerts: { where: { reviewedAt: null, raisedAt: { gte: new Date(asOf.getTime() - DIGEST_FLAG_HOURS * 3_600_000), lte: asOf } }, select: { id: true }, take: 1 },
          episodes: {
            where: { status: "ACTIVE" },
            orderBy: { onsetDate: "desc" },
            take: 1,
            select: { onsetDate: true, trendSummary: { select: { latestChange: true, latestMean: true, lastCheckInDate: true } } },
          },
        },
      },
    },
    orderBy: { name: "asc" },
  });
  const digest: TClinicianDigest = { newFlags: [], chronicityRisk: [], worseThanFirstWeek: [], silent: [] };
  for (const user of patients) {
    const entry = { patientId: user.id, name: user.name };
    const episode = user.patient?.episodes[0];
    const summary = episode?.trendSummary;
    if (user.patient?.redFlagAlerts.length) digest.newFlags.push(entry);
    if (episode && summary && summary.latestMean !== null) {
      const atRiskAge = fromDbDate(episode.onsetDate) <= addDays(today, -CHRONICITY_RISK_DAYS);
      if (atRiskAge && summary.latestChange !== "IMPROVED" && summary.latestMean > SETTLED_PAIN_MAX) digest.chronicityRisk.push(entry);
      if (summary.latestChange === "WORSENED") digest.worseThanFirstWeek.push(entry);
    }
    const lastActive = summary?.lastCheckInDate ?? toDbDate(fromDbDate(user.createdAt));
    if (fromDbDate(lastActive) <= addDays(today, -DIGEST_SILENT_DAYS)) digest.silent.push(entry);
  }
  return digest;
}

export async function hasDigestNews(db: Prisma.TransactionClient, clinician: { id: string; clinicId: string }, asOf: Date): Promise<boolean> {
  const digest = await computeDigest(db, clinician, asOf);
  return Object.values(digest).some((list: TDigestPatient[]) => list.length > 0);
}

/** The signed-in clinician's digest as of now, for the digest page; the list of names is audited like the patient list. */
export async function getMyDigest(db: TDatabase, viewer: TViewer, asOf: Date = new Date()): Promise<TClinicianDigest> {
  requireRole(viewer, "CLINICIAN");
  const digest = await computeDigest(db, { id: viewer.userId, clinicId: viewer.clinicId }, asOf);
  const listed = [...new Set(Object.values(digest).flatMap((list: TDigestPatient[]) => list.map((entry) => entry.patientId)))];
  if (listed.length) await recordAudit(db, viewer, { action: "patients.list", subjectIds: listed, detail: { view: "daily digest" } });
  return digest;
}
