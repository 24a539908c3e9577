import { addDays, todayIn, toDbDate, type TCalendarDate } from "../lib/dates/calendar-date";
import type { TDatabase } from "../lib/db/client";
import type { Prisma } from "../lib/db/generated/client";
import { refreshEpisodeSummary } from "../lib/episodes/refresh-episode-summary";
import { lockPatientProfile } from "../lib/patients/lock-patient-profile";
import { evaluatePlanReview } from "../lib/questionnaires/plan-review";

/*
 * Demo questionnaire histories (issue 19), on two of the demo patients:
 *   Ken, whose recovery has stalled at 6 weeks: PSFS at the start and 2 weeks
 *     later, a rating of change, and an open "review this plan" task;
 *   Tom, discharged 3 days ago from his long episode: PSFS rising by more than
 *     2 points, "moderately better" on the rating of change, a self-management
 *     plan and a flare-up plan to keep.
 * Idempotent: every row is found by its unique key, and a patient already
 * discharged or with a review is left as it is.
 */

const TIME_ZONE = "America/New_York";

type TDemoResponse = { instrumentId: "psfs" | "groc"; daysAgo: number; answers: Prisma.InputJsonObject; score: number };

const KEN: TDemoResponse[] = [
  { instrumentId: "psfs", daysAgo: 40, answers: { activity: [{ name: "Sitting at my desk for an hour", rating: 3 }, { name: "Putting on socks", rating: 4 }, { name: "Walking the dog", rating: 3 }] }, score: 3.3 },
  { instrumentId: "psfs", daysAgo: 26, answers: { activity: [{ name: "Sitting at my desk for an hour", rating: 3 }, { name: "Putting on socks", rating: 5 }, { name: "Walking the dog", rating: 3 }] }, score: 3.7 },
  { instrumentId: "groc", daysAgo: 26, answers: { change: 1 }, score: 1 },
];

const TOM: TDemoResponse[] = [
  { instrumentId: "psfs", daysAgo: 60, answers: { activity: [{ name: "Walking to the shops", rating: 2 }, { name: "Standing to cook", rating: 3 }, { name: "Gardening", rating: 3 }] }, score: 2.7 },
  { instrumentId: "psfs", daysAgo: 32, answers: { activity: [{ name: "Walking to the shops", rating: 4 }, { name: "Standing to cook", rating: 4 }, { name: "Gardening", rating: 4 }] }, score: 4 },
  { instrumentId: "groc", daysAgo: 32, answers: { change: 2 }, score: 2 },
  { instrumentId: "psfs", daysAgo: 3, answers: { activity: [{ name: "Walking to the shops", rating: 6 }, { name: "Standing to cook", rating: 6 }, { name: "Gardening", rating: 5 }] }, score: 5.7 },
  { instrumentId: "groc", daysAgo: 3, answers: { change: 4 }, score: 4 },
];

const TOM_SELF_MANAGEMENT =
  "Keep walking most days, building up slowly. Do the three home exercises on most days. Pace jobs like gardening: short spells with rests. If a flare-up comes, follow your flare-up plan; it usually settles in days.";

async function seedResponses(db: TDatabase, patientId: string, episodeId: string, today: TCalendarDate, rows: TDemoResponse[], recordedById: string | null): Promise<void> {
  for (const [index, row] of rows.entries()) {
    const requestId = `demo-questionnaire-${patientId}-${index}`;
    const completedOn = toDbDate(addDays(today, -row.daysAgo));
    await db.questionnaireResponse.upsert({
      where: { requestId },
      create: { requestId, patientId, episodeId, instrumentId: row.instrumentId, instrumentVersion: 1, answers: row.answers, score: row.score, completedOn, recordedById: index === rows.length - 1 ? recordedById : null },
      update: {},
    });
  }
}

export async function seedQuestionnaireDemo(db: TDatabase, now: Date = new Date()): Promise<void> {
  const today = todayIn(TIME_ZONE, now);
  const idOf = async (email: string) => (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
  const [ken, tom, lee] = await Promise.all([idOf("ken@riverside.example"), idOf("tom@riverside.example"), idOf("lee@riverside.example")]);
  if (!ken || !tom || !lee) return;

  const kenEpisode = await db.episode.findFirst({ where: { patientId: ken, status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, select: { id: true } });
  if (kenEpisode) {
    await seedResponses(db, ken, kenEpisode.id, today, KEN, null);
    await evaluatePlanReview(db, ken, today, now);
  }

  const tomEpisode = await db.episode.findFirst({ where: { patientId: tom, status: { in: ["ACTIVE", "DISCHARGED"] } }, orderBy: [{ status: "asc" }, { onsetDate: "desc" }], select: { id: true, status: true } });
  if (!tomEpisode) return;
  await seedResponses(db, tom, tomEpisode.id, today, TOM, lee);
  await db.flareUpPlan.upsert({
    where: { patientId: tom },
    create: {
      patientId: tom,
      earlySigns: "Stiff and sore after standing a long time; legs feel heavy on walks.",
      whatHelps: "Sitting and bending forward for a few minutes, then walking on. Heat. Keeping up my exercises, gently.",
      scaleBack: "Shorter walks with rests for a few days, then build back up.",
      whoToContact: "Riverside Spine Clinic",
      updatedById: lee,
    },
    update: {},
  });
  if (tomEpisode.status === "DISCHARGED") return;
  const dischargedOn = addDays(today, -3);
  await db.$transaction(async (tx) => {
    await lockPatientProfile(tx, tom);
    await tx.episode.update({ where: { id: tomEpisode.id }, data: { status: "DISCHARGED", closedAt: new Date(`${dischargedOn}T16:00:00Z`) } });
    await tx.discharge.create({
      data: {
        episodeId: tomEpisode.id,
        patientId: tom,
        dischargedAt: new Date(`${dischargedOn}T16:00:00Z`),
        dischargedOn: toDbDate(dischargedOn),
        dischargedById: lee,
        finalQuestionnaires: "RECORDED_AT_VISIT",
        selfManagementPlan: TOM_SELF_MANAGEMENT,
        requestId: `demo-discharge-${tom}`,
      },
    });
    await refreshEpisodeSummary(tx, tom);
  });
}
