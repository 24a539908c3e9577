import { patientScope, requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import { fromDbDate, type TCalendarDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { PlanReviewDecision, PlanReviewReason } from "../db/generated/enums";
import { fromSummaryRow } from "../episodes/read-episode-summary";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { chronicityRisk } from "../trends/chronicity-risk";
import { ZPlanReviewDecisionInput, type TPlanReviewDecisionInput } from "./questionnaire-input";

/*
 * When recovery stalls, the plan is reviewed: the chronicity-risk rule fires
 * (lib/trends/chronicity-risk.ts: not improved by 6 weeks) or the latest
 * week's pain is worse than the first week's (lib/trends/change-from-baseline.ts).
 * The check-in that shows it opens a "review this plan" task for the clinic,
 * in the check-in's own transaction, and the open task makes the function
 * questionnaires due at once (lib/questionnaires/schedule.ts). One open task
 * per episode (PlanReviewTask.openFor is unique), so a second stalled check-in
 * changes nothing. After a decision, the same stall opens a new task only
 * REVIEW_AGAIN_AFTER_DAYS later: a clinician who decided "no change, because
 * ..." is not asked again the next morning.
 */

export const REVIEW_AGAIN_AFTER_DAYS = 14;

/** Why a stalled episode needs review now, or null when it does not. */
export function stallReason(onsetDate: TCalendarDate, today: TCalendarDate, latest: Parameters<typeof chronicityRisk>[2]): PlanReviewReason | null {
  if (latest?.classification === "worsened") return "WORSE_THAN_FIRST_WEEK";
  if (chronicityRisk(onsetDate, today, latest)) return "CHRONICITY_RISK";
  return null;
}

/**
 * Opens a review task when the patient's active episode has stalled on
 * `today` (their calendar day). Call inside the transaction that changed the
 * check-ins, after refreshEpisodeSummary, under the patient's row lock.
 * Returns the open task's id, or null.
 */
export async function openPlanReviewIfStalled(tx: Prisma.TransactionClient, patientId: string, today: TCalendarDate, now: Date = new Date()): Promise<string | null> {
  const episode = await tx.episode.findFirst({
    where: { patientId, status: "ACTIVE" },
    orderBy: [{ onsetDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, onsetDate: true, trendSummary: true },
  });
  if (!episode?.trendSummary) return null;
  const reason = stallReason(fromDbDate(episode.onsetDate), today, fromSummaryRow(episode.trendSummary).latest);
  if (!reason) return null;
  const open = await tx.planReviewTask.findUnique({ where: { openFor: episode.id }, select: { id: true } });
  if (open) return open.id;
  const recent = await tx.planReviewTask.count({
    where: { episodeId: episode.id, decidedAt: { gt: new Date(now.getTime() - REVIEW_AGAIN_AFTER_DAYS * 86_400_000) } },
  });
  if (recent > 0) return null;
  const created = await tx.planReviewTask.create({ data: { patientId, episodeId: episode.id, reason, openFor: episode.id }, select: { id: true } });
  return created.id;
}

/** Opens a review task if the patient's recovery has stalled, in a transaction of its own (the demo seed, a start-up sweep). */
export async function evaluatePlanReview(db: TDatabase, patientId: string, today: TCalendarDate, now: Date = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await lockPatientProfile(tx, patientId);
    return openPlanReviewIfStalled(tx, patientId, today, now);
  });
}

export interface TPlanReviewView {
  id: string;
  reason: PlanReviewReason;
  createdAt: Date;
  decidedAt: Date | null;
  decision: PlanReviewDecision | null;
  decisionNote: string | null;
  decidedBy: string | null;
}

const REVIEW_SELECT = { id: true, reason: true, createdAt: true, decidedAt: true, decision: true, decisionNote: true, decidedBy: { select: { name: true } } } as const;

function toView(row: Prisma.PlanReviewTaskGetPayload<{ select: typeof REVIEW_SELECT }>): TPlanReviewView {
  return { ...row, decidedBy: row.decidedBy?.name ?? null };
}

/** The patient's review tasks, newest first (clinicians of their clinic; audited as a view of the questionnaires page's data). */
export async function listPlanReviews(db: TDatabase, viewer: TViewer, patientId: string): Promise<TPlanReviewView[]> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.questionnaires.view");
  const rows = await db.planReviewTask.findMany({ where: { patientId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: REVIEW_SELECT });
  return rows.map(toView);
}

/**
 * Records the clinician's decision on an open task (plan changed, referral,
 * or no change with a reason) and closes it. Deciding a task already decided
 * is refused with 409 and changes nothing (a double submit).
 */
export async function decidePlanReview(db: TDatabase, viewer: TViewer, patientId: string, taskId: string, input: TPlanReviewDecisionInput, now: Date = new Date()): Promise<TPlanReviewView> {
  requireRole(viewer, "CLINICIAN");
  const { decision, note } = parseDomainInput(ZPlanReviewDecisionInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.plan-review.decide");
  const task = await db.planReviewTask.findFirst({ where: { id: taskId, patientId }, select: { id: true, decidedAt: true } });
  if (!task) throw new NotFoundError();
  const updated = await db.planReviewTask.updateMany({
    where: { id: taskId, decidedAt: null },
    data: { decision, decisionNote: note, decidedAt: now, decidedById: viewer.userId, openFor: null },
  });
  if (updated.count === 0) {
    throw new InvalidInputError({ decision: ["This review was already recorded."] }, 409);
  }
  return toView(await db.planReviewTask.findUniqueOrThrow({ where: { id: taskId }, select: REVIEW_SELECT }));
}

export interface TOpenReviewRow {
  taskId: string;
  patientId: string;
  patientName: string;
  reason: PlanReviewReason;
  createdAt: Date;
}

/** The clinic's open review tasks, oldest first, for the clinician's list (names only: no health detail beyond the reason). */
export async function listOpenPlanReviews(db: TDatabase, viewer: TViewer): Promise<TOpenReviewRow[]> {
  requireRole(viewer, "CLINICIAN");
  const rows = await db.planReviewTask.findMany({
    where: { decidedAt: null, patient: patientScope(viewer) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, patientId: true, reason: true, createdAt: true, patient: { select: { user: { select: { name: true } } } } },
  });
  if (rows.length > 0) await recordAudit(db, viewer, { action: "patients.list", subjectIds: [...new Set(rows.map((row) => row.patientId))], detail: { list: "plan-reviews" } });
  return rows.map((row) => ({ taskId: row.id, patientId: row.patientId, patientName: row.patient.user.name, reason: row.reason, createdAt: row.createdAt }));
}

export function planReviewToJson(view: TPlanReviewView) {
  return { ...view, createdAt: view.createdAt.toISOString(), decidedAt: view.decidedAt?.toISOString() ?? null };
}
