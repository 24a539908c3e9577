import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { todayIn } from "../dates/calendar-date";
import { NotFoundError } from "../errors/domain-errors";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getQuestionnaires } from "./get-questionnaires";
import { listDueQuestionnaires } from "./list-due-questionnaires";
import { decidePlanReview, listOpenPlanReviews, listPlanReviews } from "./plan-review";
import { saveQuestionnaireResponse } from "./save-questionnaire-response";
import { setQuestionnaireInterval } from "./set-questionnaire-interval";

const PSFS = { activity: [{ name: "Lifting the shopping", rating: 4 }, { name: "Sitting for an hour", rating: 6 }] };

describe("function questionnaires, the re-screen and its plan review", () => {
  const database = useTestDatabase();
  const ids: Record<string, string> = {};
  const as = (name: string) => viewerFor(database.db, name.includes("@") ? name : `${name}@riverside.example`);

  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of ["maria", "james", "ken", "aisha", "tom"]) ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
  });

  it("a new episode asks the PSFS at once (baseline), for the reminders channel too", async () => {
    expect(await listDueQuestionnaires(database.db, ids.maria!)).toEqual([{ instrumentId: "psfs", reason: "baseline", dueSince: todayIn("America/New_York") }]);
    const view = await getQuestionnaires(database.db, await as("maria"), ids.maria!);
    expect(view.due.map((due) => due.title)).toEqual(["Patient-Specific Functional Scale (PSFS)"]);
    expect(view.intervalDays).toBe(14);
  });

  it("the patient's answers are scored and stored once: a retry stores nothing, and the baseline is no longer due", async () => {
    const maria = await as("maria");
    const requestId = randomUUID();
    const first = await saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "psfs", answers: PSFS, requestId });
    const again = await saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "psfs", answers: PSFS, requestId });
    expect(first).toMatchObject({ instrumentId: "psfs", score: 5, created: true });
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await database.db.questionnaireResponse.count({ where: { patientId: ids.maria! } })).toBe(1);
    expect(await listDueQuestionnaires(database.db, ids.maria!)).toEqual([]);
    // Two weeks on, both are due; the clinician can make it four.
    const inTwoWeeks = new Date(Date.now() + 15 * 86_400_000);
    expect((await listDueQuestionnaires(database.db, ids.maria!, inTwoWeeks)).map((due) => due.instrumentId)).toEqual(["groc", "psfs"]);
    await setQuestionnaireInterval(database.db, await as("lee"), ids.maria!, { intervalDays: 28 });
    expect(await listDueQuestionnaires(database.db, ids.maria!, inTwoWeeks)).toEqual([]);
    expect((await refusal(setQuestionnaireInterval(database.db, await as("lee"), ids.maria!, { intervalDays: 3 }))).fields).toHaveProperty("intervalDays");
  });

  it("refuses bad answers naming the place, an unknown instrument, and a request id of another patient's, storing nothing", async () => {
    const maria = await as("maria");
    const before = await database.db.questionnaireResponse.count();
    const bad = await refusal(saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "psfs", answers: { activity: [{ name: "", rating: 12 }] }, requestId: randomUUID() }));
    expect(Object.keys(bad.fields)).toEqual(["answers.activity.0.name", "answers.activity.0.rating"]);
    expect((await refusal(saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "promis-pf", answers: {}, requestId: randomUUID() }))).fields).toHaveProperty("instrumentId");
    expect((await refusal(saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "groc", answers: { change: 3 }, requestId: "x" }))).fields).toHaveProperty("requestId");
    const james = await as("james");
    const used = await saveQuestionnaireResponse(database.db, james, ids.james!, { instrumentId: "groc", answers: { change: 2 }, requestId: randomUUID() });
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: used.id } });
    const clash = await refusal(saveQuestionnaireResponse(database.db, maria, ids.maria!, { instrumentId: "groc", answers: { change: 2 }, requestId: stored.requestId }));
    expect(clash.status).toBe(409);
    expect(await database.db.questionnaireResponse.count()).toBe(before + 1);
  });

  it("a clinician of the clinic records one at a visit (audited); other clinics, other patients and admins are told 'not found'", async () => {
    const lee = await as("lee");
    const saved = await saveQuestionnaireResponse(database.db, lee, ids.aisha!, { instrumentId: "psfs", answers: PSFS, requestId: randomUUID() });
    expect((await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: saved.id } })).recordedById).toBe(lee.userId);
    expect(await database.db.auditEvent.count({ where: { patientId: ids.aisha!, action: "patient.questionnaire.save", actorId: lee.userId } })).toBe(1);
    for (const email of ["kim@harbor.example", "admin@riverside.example", "james@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(saveQuestionnaireResponse(database.db, viewer, ids.aisha!, { instrumentId: "psfs", answers: PSFS, requestId: randomUUID() }), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(getQuestionnaires(database.db, viewer, ids.aisha!), email).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("the demo's stalled patient (Ken) has one open review, and it made the PSFS due at once", async () => {
    const reviews = await listPlanReviews(database.db, await as("lee"), ids.ken!);
    expect(reviews.filter((review) => review.decidedAt === null)).toHaveLength(1);
    expect(reviews[0]!.reason).toBe("CHRONICITY_RISK");
    expect((await listDueQuestionnaires(database.db, ids.ken!)).find((due) => due.instrumentId === "psfs")?.reason).toBe("re-screen");
    expect((await listOpenPlanReviews(database.db, await as("lee"))).map((row) => row.patientName)).toContain("Ken Watanabe");
    expect(await listOpenPlanReviews(database.db, await as("kim@harbor.example"))).toEqual([]);
  });

  it("a check-in that shows a stall opens the review in its own transaction, once however many check-ins follow", async () => {
    const ken = await as("ken");
    const lee = await as("lee");
    const [open] = (await listPlanReviews(database.db, lee, ids.ken!)).filter((review) => review.decidedAt === null);
    // Decide the seeded review: the next check-ins within 14 days open nothing new.
    await decidePlanReview(database.db, lee, ids.ken!, open!.id, { decision: "NO_CHANGE", note: "Waiting for the scan result." });
    const today = todayIn("America/New_York");
    await saveCheckIn(database.db, ken, ids.ken!, ZCheckInInput.parse({ date: today, painNow: 7, requestId: randomUUID() }));
    expect(await database.db.planReviewTask.count({ where: { patientId: ids.ken!, decidedAt: null } })).toBe(0);

    // Fifteen days later the stall opens a new review, and only one.
    const later = new Date(Date.now() + 15 * 86_400_000);
    const laterDay = todayIn("America/New_York", later);
    await saveCheckIn(database.db, ken, ids.ken!, ZCheckInInput.parse({ date: laterDay, painNow: 7, requestId: randomUUID() }), later);
    await saveCheckIn(database.db, ken, ids.ken!, ZCheckInInput.parse({ date: laterDay, painNow: 8, requestId: randomUUID() }), later);
    const reopened = await database.db.planReviewTask.findMany({ where: { patientId: ids.ken!, decidedAt: null } });
    expect(reopened).toHaveLength(1);
    expect((await listDueQuestionnaires(database.db, ids.ken!, later)).find((due) => due.instrumentId === "psfs")).toMatchObject({ reason: "re-screen" });
  });

  it("a recovering patient's check-in opens no review", async () => {
    const james = await as("james");
    await saveCheckIn(database.db, james, ids.james!, ZCheckInInput.parse({ date: todayIn("America/New_York"), painNow: 1, requestId: randomUUID() }));
    expect(await database.db.planReviewTask.count({ where: { patientId: ids.james! } })).toBe(0);
  });

  it("a decision needs its reason for 'no change', is recorded once, and only by the patient's clinic", async () => {
    const lee = await as("lee");
    const [open] = (await listPlanReviews(database.db, lee, ids.ken!)).filter((review) => review.decidedAt === null);
    expect((await refusal(decidePlanReview(database.db, lee, ids.ken!, open!.id, { decision: "NO_CHANGE" }))).fields).toEqual({ note: ["Say why the plan stays as it is."] });
    await expect(decidePlanReview(database.db, await as("kim@harbor.example"), ids.ken!, open!.id, { decision: "REFERRAL" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(decidePlanReview(database.db, lee, ids.james!, open!.id, { decision: "REFERRAL" })).rejects.toBeInstanceOf(NotFoundError);
    const decided = await decidePlanReview(database.db, lee, ids.ken!, open!.id, { decision: "REFERRAL" });
    expect(decided).toMatchObject({ decision: "REFERRAL", decidedBy: "Dr. Jordan Lee" });
    expect((await refusal(decidePlanReview(database.db, lee, ids.ken!, open!.id, { decision: "PLAN_CHANGED" }))).status).toBe(409);
  });
});
