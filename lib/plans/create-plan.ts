import { parseDomainInput } from "../errors/parse-input";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { addDays, todayIn, toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";
import { storePlanTemplate } from "../plan-templates/store-plan-template";
import { findSavedPlanRequest } from "./find-saved-plan-request";
import { isUniqueViolation } from "../db/is-unique-violation";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { ZWritePlan, type TWritePlan } from "./plan-input";
import { planViewSelect, toPlanView, type TPlanView } from "./plan-views";
import { resolvePlanItems } from "./resolve-plan-items";
import { notifyNewAssignment } from "../reminders/notify-new-assignment";

type CreatedPlan = { plan: TPlanView; templateId: string | null };

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/**
 * A clinician gives the patient a new plan. The patient follows one plan at a
 * time, so the plan they follow now ends in the same transaction. With
 * `saveAsTemplate` the exercises and doses are also saved as a clinic
 * template, all or nothing. Saving is idempotent on `requestId`: a retry,
 * even one racing the first, answers what the first stored.
 */
export async function createPlan(db: TDatabase, viewer: TViewer, patientId: string, input: TWritePlan): Promise<CreatedPlan> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.plan.create");
  const plan = parseDomainInput(ZWritePlan, input);
  const saved = await replay(db, viewer, patientId, plan);
  if (saved) return saved;

  const profile = await db.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: { timeZone: true } });
  checkStartDate(plan.startDate, todayIn(profile.timeZone));
  const items = await resolvePlanItems(db, plan.items);

  try {
    return await db.$transaction(async (tx) => {
      await lockPatientProfile(tx, patientId);
      const savedMeanwhile = await replay(tx, viewer, patientId, plan);
      if (savedMeanwhile) return savedMeanwhile;

      const template = plan.saveAsTemplate
        ? await storePlanTemplate(tx, {
            clinicId: viewer.clinicId,
            createdById: viewer.userId,
            name: plan.saveAsTemplate,
            description: null,
            instructions: plan.instructions,
            items,
            field: "saveAsTemplate",
          })
        : null;
      const episode = await tx.episode.findFirst({ where: { patientId, status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, select: { id: true } });
      await tx.exercisePlan.updateMany({ where: { patientId, endedAt: null }, data: { endedAt: new Date() } });
      const created = await tx.exercisePlan.create({
        data: {
          patientId,
          episodeId: episode?.id ?? null,
          title: plan.title,
          startDate: toDbDate(plan.startDate),
          createdById: viewer.userId,
          versions: {
            create: {
              number: 1,
              effectiveFrom: toDbDate(plan.startDate),
              instructions: plan.instructions,
              createdById: viewer.userId,
              clientRequestId: plan.requestId,
              items: { createMany: { data: items } },
            },
          },
        },
        select: planViewSelect(),
      });
      await notifyNewAssignment(tx, patientId, "plan", created.id);
      return { plan: toPlanView(created), templateId: template?.id ?? null };
    }, TRANSACTION);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A save with this key committed first (for another patient, whose lock did not hold this one back).
    const savedFirst = await replay(db, viewer, patientId, plan);
    if (savedFirst) return savedFirst;
    if (plan.saveAsTemplate) {
      throw new InvalidInputError({ saveAsTemplate: [`Your clinic already has a template called “${plan.saveAsTemplate}”. Choose another name.`] }, 409);
    }
    throw error;
  }
}

/** What an earlier save with the same key stored, or null if there was none. */
async function replay(db: Prisma.TransactionClient, viewer: TViewer, patientId: string, plan: TWritePlan): Promise<CreatedPlan | null> {
  const saved = await findSavedPlanRequest(db, plan.requestId, { patientId, kind: "create" });
  if (!saved) return null;
  const row = await db.exercisePlan.findUniqueOrThrow({ where: { id: saved.planId }, select: planViewSelect(saved.versionId) });
  const template = plan.saveAsTemplate
    ? await db.planTemplate.findUnique({ where: { clinicId_name: { clinicId: viewer.clinicId, name: plan.saveAsTemplate } }, select: { id: true } })
    : null;
  return { plan: toPlanView(row), templateId: template?.id ?? null };
}

/** A plan starts at most 30 days back (a plan begun at the last visit) and at most a year ahead, in the patient's calendar. */
function checkStartDate(startDate: string, today: string): void {
  if (startDate < addDays(today, -30)) throw new InvalidInputError({ startDate: ["The start date can be at most 30 days ago."] });
  if (startDate > addDays(today, 365)) throw new InvalidInputError({ startDate: ["The start date can be at most a year ahead."] });
}
