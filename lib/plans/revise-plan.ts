import { parseDomainInput } from "../errors/parse-input";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { addDays, fromDbDate, todayIn, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { findSavedPlanRequest } from "./find-saved-plan-request";
import { isUniqueViolation } from "../db/is-unique-violation";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { ZRevisePlan, type TRevisePlan } from "./plan-input";
import { planViewSelect, toPlanView, type TPlanView } from "./plan-views";
import { resolvePlanItems } from "./resolve-plan-items";

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/**
 * A change to the patient's current plan. Nothing is edited in place: the
 * change is a new version (number + 1) with its own items, applying from
 * `effectiveFrom` (default: today in the patient's time zone), so what the
 * patient recorded earlier still points at what was prescribed then. The
 * title, a label, may change with it. Idempotent on `requestId` like
 * createPlan. An ended plan, or another patient's, is not found.
 */
export async function revisePlan(db: TDatabase, viewer: TViewer, patientId: string, planId: string, input: TRevisePlan): Promise<{ plan: TPlanView }> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.plan.revise");
  const change = parseDomainInput(ZRevisePlan, input);
  const saved = await replay(db, patientId, planId, change.requestId);
  if (saved) return saved;
  const items = await resolvePlanItems(db, change.items);

  try {
    return await db.$transaction(async (tx) => {
      await lockPatientProfile(tx, patientId);
      const savedMeanwhile = await replay(tx, patientId, planId, change.requestId);
      if (savedMeanwhile) return savedMeanwhile;

      const plan = await tx.exercisePlan.findFirst({
        where: { id: planId, patientId, endedAt: null },
        select: {
          title: true,
          startDate: true,
          patient: { select: { timeZone: true } },
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, effectiveFrom: true } },
        },
      });
      const latest = plan?.versions[0];
      if (!plan || !latest) throw new NotFoundError();
      const effectiveFrom = chooseEffectiveFrom(change.effectiveFrom, {
        today: todayIn(plan.patient.timeZone),
        startDate: fromDbDate(plan.startDate),
        latestFrom: fromDbDate(latest.effectiveFrom),
      });

      if (change.title !== plan.title) await tx.exercisePlan.update({ where: { id: planId }, data: { title: change.title } });
      const version = await tx.exercisePlanVersion.create({
        data: {
          planId,
          number: latest.number + 1,
          effectiveFrom: toDbDate(effectiveFrom),
          instructions: change.instructions,
          createdById: viewer.userId,
          clientRequestId: change.requestId,
          items: { createMany: { data: items } },
        },
        select: { id: true },
      });
      return { plan: toPlanView(await tx.exercisePlan.findUniqueOrThrow({ where: { id: planId }, select: planViewSelect(version.id) })) };
    }, TRANSACTION);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A save with this key committed first (for another patient, whose lock did not hold this one back).
    const savedFirst = await replay(db, patientId, planId, change.requestId);
    if (savedFirst) return savedFirst;
    throw error;
  }
}

async function replay(db: Prisma.TransactionClient, patientId: string, planId: string, requestId: string): Promise<{ plan: TPlanView } | null> {
  const saved = await findSavedPlanRequest(db, requestId, { patientId, planId, kind: "revise" });
  if (!saved) return null;
  return { plan: toPlanView(await db.exercisePlan.findUniqueOrThrow({ where: { id: saved.planId }, select: planViewSelect(saved.versionId) })) };
}

/**
 * The day the change applies from: not before the plan starts or the version
 * it replaces applies, at most 30 days back, at most a year ahead. Without a
 * date: today, or the first day it can apply if that is later.
 */
function chooseEffectiveFrom(wanted: string | undefined, limits: { today: string; startDate: string; latestFrom: string }): string {
  const earliest = [limits.startDate, limits.latestFrom].sort().at(-1)!;
  if (wanted === undefined) return limits.today > earliest ? limits.today : earliest;
  const refuse = (message: string) => new InvalidInputError({ effectiveFrom: [message] });
  if (wanted < limits.startDate) throw refuse(`The change cannot apply before the plan starts (${limits.startDate}).`);
  if (wanted < limits.latestFrom) throw refuse(`The change cannot apply before the current version does (${limits.latestFrom}).`);
  if (wanted < addDays(limits.today, -30)) throw refuse("The date the change applies from can be at most 30 days ago.");
  if (wanted > addDays(limits.today, 365)) throw refuse("The date the change applies from can be at most a year ahead.");
  return wanted;
}
