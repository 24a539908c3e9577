import type { TDatabase } from "../db/client";
import type { TCsvValue } from "../exports/csv";

/*
 * The tables a clinic owns, as the full clinic export writes them: one CSV
 * each, with explicit column lists. Secrets never leave (password hashes,
 * two-factor secrets and recovery codes, invitation and calendar token
 * hashes, session rows), and every query is bounded by the clinic's id.
 */

export type TExportRow = Record<string, unknown>;

export interface TExportTable {
  file: string;
  description: string;
  /** The row keys, in file order (also the header when the table is empty); a test checks they match the rows. */
  columns: readonly string[];
  rows: (db: TDatabase, clinicId: string) => Promise<TExportRow[]>;
}

const ofClinicPatients = (clinicId: string) => ({ patient: { user: { clinicId, role: "PATIENT" as const } } });

export const CLINIC_EXPORT_TABLES: readonly TExportTable[] = [
  {
    file: "clinic.csv",
    columns: ["id", "name", "slug", "timeZone", "acuteWeeks", "emergencyNumber", "phone", "openingHours", "replyTimeText", "outOfHoursText", "retentionYears", "createdAt", "updatedAt"],
    description: "The clinic's settings: name, time zone, acute/subacute split in weeks, emergency number, phone, opening hours, reply time, out-of-hours advice, retention in years.",
    rows: (db, clinicId) =>
      db.clinic.findMany({
        where: { id: clinicId },
        select: { id: true, name: true, slug: true, timeZone: true, acuteWeeks: true, emergencyNumber: true, phone: true, openingHours: true, replyTimeText: true, outOfHoursText: true, retentionYears: true, createdAt: true, updatedAt: true },
      }),
  },
  {
    file: "staff.csv",
    columns: ["id", "name", "email", "role", "active", "twoFactorEnabledAt", "createdAt", "hasSignedUp"],
    description: "Admins and clinicians. No password hashes, two-factor secrets or recovery codes: `two_factor_enabled_at` only says when two-factor sign-in was set up.",
    rows: async (db, clinicId) =>
      (
        await db.user.findMany({
          where: { clinicId, role: { in: ["ADMIN", "CLINICIAN"] } },
          orderBy: { createdAt: "asc" },
          select: { id: true, name: true, email: true, role: true, active: true, twoFactorEnabledAt: true, passwordHash: true, createdAt: true },
        })
      ).map(({ passwordHash, ...user }) => ({ ...user, hasSignedUp: passwordHash !== null })),
  },
  {
    file: "patients.csv",
    columns: ["id", "name", "email", "active", "createdAt", "hasSignedUp", "dateOfBirth", "preferredLanguage", "timeZone", "medicalHistory", "historyAnsweredAt"],
    description: "Patients: account and profile (date of birth, language, time zone, health history codes asked once and when answered). `id` names the matching file in `fhir/`.",
    rows: async (db, clinicId) =>
      (
        await db.user.findMany({
          where: { clinicId, role: "PATIENT" },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            name: true,
            email: true,
            active: true,
            passwordHash: true,
            createdAt: true,
            patient: { select: { dateOfBirth: true, preferredLanguage: true, timeZone: true, medicalHistory: true, historyAnsweredAt: true } },
          },
        })
      ).map(({ passwordHash, patient, ...user }) => ({ ...user, hasSignedUp: passwordHash !== null, ...patient })),
  },
  {
    file: "episodes.csv",
    columns: ["id", "patientId", "onsetDate", "primaryCondition", "status", "closedAt", "createdAt"],
    description: "Pain episodes: onset date, primary condition, ACTIVE or CLOSED.",
    rows: (db, clinicId) =>
      db.episode.findMany({ where: ofClinicPatients(clinicId), orderBy: { createdAt: "asc" }, select: { id: true, patientId: true, onsetDate: true, primaryCondition: true, status: true, closedAt: true, createdAt: true } }),
  },
  {
    file: "check-ins.csv",
    columns: ["id", "patientId", "episodeId", "date", "painNow", "painAreas", "painSide", "belowKnee", "numbness", "weakness", "activityMinutes", "sleepDisturbed", "tookPainMedicine", "note", "redFlags", "pegPain", "pegEnjoyment", "pegActivity", "createdAt", "updatedAt"],
    description: "Daily check-ins: pain now 0-10, where and which side, below the knee, numbness, weakness, activity minutes, sleep, pain medicine, note, red-flag codes, weekly PEG-3 items.",
    rows: (db, clinicId) =>
      db.checkIn.findMany({
        where: ofClinicPatients(clinicId),
        orderBy: [{ patientId: "asc" }, { date: "asc" }],
        select: {
          id: true,
          patientId: true,
          episodeId: true,
          date: true,
          painNow: true,
          painAreas: true,
          painSide: true,
          belowKnee: true,
          numbness: true,
          weakness: true,
          activityMinutes: true,
          sleepDisturbed: true,
          tookPainMedicine: true,
          note: true,
          redFlags: true,
          pegPain: true,
          pegEnjoyment: true,
          pegActivity: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
  },
  {
    file: "red-flag-alerts.csv",
    columns: ["id", "patientId", "checkInId", "flags", "level", "raisedAt", "reviewedAt", "reviewedById", "reviewOutcome", "reviewNote"],
    description: "Red-flag alerts raised by check-ins, their level and review (when, by whom, outcome, note).",
    rows: (db, clinicId) =>
      db.redFlagAlert.findMany({
        where: ofClinicPatients(clinicId),
        orderBy: { raisedAt: "asc" },
        select: { id: true, patientId: true, checkInId: true, flags: true, level: true, raisedAt: true, reviewedAt: true, reviewedById: true, reviewOutcome: true, reviewNote: true },
      }),
  },
  {
    file: "exercise-plans.csv",
    columns: ["id", "patientId", "episodeId", "title", "startDate", "createdById", "createdAt", "endedAt"],
    description: "Exercise plans: title, start date, who made it, when it ended.",
    rows: (db, clinicId) =>
      db.exercisePlan.findMany({ where: ofClinicPatients(clinicId), orderBy: { createdAt: "asc" }, select: { id: true, patientId: true, episodeId: true, title: true, startDate: true, createdById: true, createdAt: true, endedAt: true } }),
  },
  {
    file: "exercise-plan-items.csv",
    columns: ["planId", "version", "effectiveFrom", "exercise", "id", "position", "sets", "reps", "holdSeconds", "minutes", "timesPerDay", "daysPerWeek", "fromWeek", "toWeek", "instructions"],
    description: "Each exercise of each plan version (`plan_id`, `version`, `effective_from`) with its dose and plan weeks.",
    rows: async (db, clinicId) =>
      (
        await db.exercisePlanItem.findMany({
          where: { version: { plan: ofClinicPatients(clinicId) } },
          orderBy: [{ version: { planId: "asc" } }, { version: { number: "asc" } }, { position: "asc" }],
          select: {
            id: true,
            version: { select: { planId: true, number: true, effectiveFrom: true } },
            exercise: { select: { slug: true } },
            position: true,
            sets: true,
            reps: true,
            holdSeconds: true,
            minutes: true,
            timesPerDay: true,
            daysPerWeek: true,
            fromWeek: true,
            toWeek: true,
            instructions: true,
          },
        })
      ).map(({ version, exercise, ...item }) => ({ planId: version.planId, version: version.number, effectiveFrom: version.effectiveFrom, exercise: exercise.slug, ...item })),
  },
  {
    file: "exercise-logs.csv",
    columns: ["id", "patientId", "planItemId", "date", "outcome", "painDuring", "feel", "skipReason", "createdAt"],
    description: "Exercises marked done or skipped, per plan item and day, with pain during, feel and skip reason.",
    rows: (db, clinicId) =>
      db.exerciseLog.findMany({
        where: ofClinicPatients(clinicId),
        orderBy: [{ patientId: "asc" }, { date: "asc" }],
        select: { id: true, patientId: true, planItemId: true, date: true, outcome: true, painDuring: true, feel: true, skipReason: true, createdAt: true },
      }),
  },
  {
    file: "guide-assignments.csv",
    columns: ["id", "patientId", "assignedById", "note", "assignedAt", "unassignedAt", "firstOpenedAt", "lastOpenedAt", "guide"],
    description: "Guides given to patients, with the clinician's note, when taken back and when first and last opened.",
    rows: async (db, clinicId) =>
      (
        await db.guideAssignment.findMany({
          where: ofClinicPatients(clinicId),
          orderBy: { assignedAt: "asc" },
          select: { id: true, patientId: true, guide: { select: { slug: true } }, assignedById: true, note: true, assignedAt: true, unassignedAt: true, firstOpenedAt: true, lastOpenedAt: true },
        })
      ).map(({ guide, ...row }) => ({ ...row, guide: guide.slug })),
  },
  {
    file: "clinician-notes.csv",
    columns: ["id", "patientId", "authorId", "body", "createdAt"],
    description: "The clinic's private notes on patients.",
    rows: (db, clinicId) => db.clinicianNote.findMany({ where: ofClinicPatients(clinicId), orderBy: { createdAt: "asc" }, select: { id: true, patientId: true, authorId: true, body: true, createdAt: true } }),
  },
  {
    file: "flare-up-plans.csv",
    columns: ["patientId", "earlySigns", "whatHelps", "scaleBack", "medicines", "whenToGetHelp", "whoToContact", "updatedAt", "updatedById"],
    description: "Each patient's flare-up plan.",
    rows: (db, clinicId) =>
      db.flareUpPlan.findMany({
        where: ofClinicPatients(clinicId),
        select: { patientId: true, earlySigns: true, whatHelps: true, scaleBack: true, medicines: true, whenToGetHelp: true, whoToContact: true, updatedAt: true, updatedById: true },
      }),
  },
  {
    file: "plan-templates.csv",
    columns: ["id", "name", "description", "instructions", "createdById", "createdAt", "retiredAt"],
    description: "The clinic's exercise plan templates (items not included: they are the clinic's own wording of library exercises).",
    rows: (db, clinicId) =>
      db.planTemplate.findMany({ where: { clinicId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, description: true, instructions: true, createdById: true, createdAt: true, retiredAt: true } }),
  },
  {
    file: "clinic-documents.csv",
    columns: ["id", "kind", "version", "title", "body", "createdById", "createdAt"],
    description: "Every version of the clinic's privacy notice and terms.",
    rows: (db, clinicId) =>
      db.clinicDocumentVersion.findMany({ where: { clinicId }, orderBy: [{ kind: "asc" }, { version: "asc" }], select: { id: true, kind: true, version: true, title: true, body: true, createdById: true, createdAt: true } }),
  },
  {
    file: "consent-acceptances.csv",
    columns: ["id", "patientId", "documentVersionId", "acceptedAt"],
    description: "Which version of which document each patient accepted, and when.",
    rows: (db, clinicId) =>
      db.consentAcceptance.findMany({ where: { documentVersion: { clinicId } }, orderBy: { acceptedAt: "asc" }, select: { id: true, patientId: true, documentVersionId: true, acceptedAt: true } }),
  },
  {
    file: "audit-events.csv",
    columns: ["id", "at", "actorId", "actorRole", "patientId", "subjectUserId", "subjectIds", "action", "detail", "ip", "userAgent"],
    description: "The clinic's audit trail: who did what, when, about which patient or staff member (`detail` as JSON).",
    rows: (db, clinicId) =>
      db.auditEvent.findMany({
        where: { clinicId },
        orderBy: { at: "asc" },
        select: { id: true, at: true, actorId: true, actorRole: true, patientId: true, subjectUserId: true, subjectIds: true, action: true, detail: true, ip: true, userAgent: true },
      }),
  },
];

/** One cell: dates as ISO 8601 (a date-only column reads as midnight UTC), lists joined with semicolons, JSON as text. */
export function exportCell(value: unknown): TCsvValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(String).join(";");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
