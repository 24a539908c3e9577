import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { todayIn } from "../dates/calendar-date";
import { getEpisodeTrend } from "../episodes/get-episode-trend";
import { startNewEpisode } from "../episodes/start-new-episode";
import { NotFoundError } from "../errors/domain-errors";
import { listDueQuestionnaires } from "../questionnaires/list-due-questionnaires";
import { saveQuestionnaireResponse } from "../questionnaires/save-questionnaire-response";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { dischargeEpisode } from "./discharge-episode";
import { getDischargeSummary } from "./get-discharge-summary";
import { listSeenAgainRequests, markSeenAgainHandled, requestSeenAgain } from "./seen-again";

const PLAN = "Keep walking daily and do the two exercises three times a week.";

describe("discharge", () => {
  const database = useTestDatabase();
  const ids: Record<string, string> = {};
  const as = (email: string) => viewerFor(database.db, email.includes("@") ? email : `${email}@riverside.example`);

  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of ["james", "aisha", "tom", "maria"]) ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
  });

  it("the demo's discharged patient (Tom) has a summary with his change on each measure and the plans he keeps", async () => {
    const summary = await getDischargeSummary(database.db, await as("lee"), ids.tom!);
    expect(summary).toMatchObject({ patientName: "Tom Becker", finalQuestionnaires: "RECORDED_AT_VISIT", dischargedBy: "Dr. Jordan Lee" });
    expect(summary!.function.find((row) => row.instrumentId === "psfs")).toMatchObject({ baseline: { score: 2.7 }, latest: { score: 5.7 }, change: 3, classification: "improved" });
    expect(summary!.function.find((row) => row.instrumentId === "groc")).toMatchObject({ latest: { score: 4 }, classification: "improved" });
    expect(summary!.pain.baseline).not.toBeNull();
    expect(summary!.flareUpPlan.saved).toBe(true);
    expect(await database.db.episode.findFirstOrThrow({ where: { patientId: ids.tom! } })).toMatchObject({ status: "DISCHARGED" });
    expect(await database.db.episodeTrendSummary.count({ where: { episode: { patientId: ids.tom! } } })).toBe(1);
    expect(await getDischargeSummary(database.db, await as("tom"), ids.tom!)).not.toBeNull();
  });

  it("sending the final questionnaires discharges at once, keeps the trend, and makes them due for the patient; a retry changes nothing", async () => {
    const lee = await as("lee");
    const requestId = randomUUID();
    const first = await dischargeEpisode(database.db, lee, ids.james!, { finalQuestionnaires: "SENT_TO_PATIENT", selfManagementPlan: PLAN, requestId });
    const again = await dischargeEpisode(database.db, lee, ids.james!, { finalQuestionnaires: "SENT_TO_PATIENT", selfManagementPlan: PLAN, requestId });
    expect(again).toEqual({ ...first, created: false });
    expect(await database.db.discharge.count({ where: { patientId: ids.james! } })).toBe(1);
    expect(await database.db.episode.findUniqueOrThrow({ where: { id: first.episodeId } })).toMatchObject({ status: "DISCHARGED" });
    expect((await listDueQuestionnaires(database.db, ids.james!)).map((due) => `${due.instrumentId}:${due.reason}`)).toEqual(["groc:discharge", "psfs:discharge"]);
    // The trend stays, and the patient can still check in on the discharged episode.
    const james = await as("james");
    expect((await getEpisodeTrend(database.db, james, ids.james!))?.trend.latest).not.toBeNull();
    const saved = await saveCheckIn(database.db, james, ids.james!, ZCheckInInput.parse({ date: todayIn("America/New_York"), painNow: 1, requestId: randomUUID() }));
    expect((await database.db.checkIn.findUniqueOrThrow({ where: { id: saved.checkIn.id } })).episodeId).toBe(first.episodeId);
    expect(await database.db.episodeTrendSummary.findUnique({ where: { episodeId: first.episodeId } })).not.toBeNull();
    // A second discharge is refused.
    expect((await refusal(dischargeEpisode(database.db, lee, ids.james!, { finalQuestionnaires: "SENT_TO_PATIENT", selfManagementPlan: PLAN, requestId: randomUUID() }))).status).toBe(409);
    // Answering the final questionnaires clears them.
    await saveQuestionnaireResponse(database.db, james, ids.james!, { instrumentId: "groc", answers: { change: 5 }, requestId: randomUUID() });
    await saveQuestionnaireResponse(database.db, james, ids.james!, { instrumentId: "psfs", answers: { activity: [{ name: "Running", rating: 8 }] }, requestId: randomUUID() });
    expect(await listDueQuestionnaires(database.db, ids.james!)).toEqual([]);
  });

  it("'recorded at the visit' needs the final questionnaires answered today first, and a plan; nothing is half-written", async () => {
    const lee = await as("lee");
    const missing = await refusal(dischargeEpisode(database.db, lee, ids.aisha!, { finalQuestionnaires: "RECORDED_AT_VISIT", selfManagementPlan: PLAN, requestId: randomUUID() }));
    expect(missing.fields.finalQuestionnaires?.[0]).toMatch(/Record the final/);
    expect((await refusal(dischargeEpisode(database.db, lee, ids.aisha!, { finalQuestionnaires: "RECORDED_AT_VISIT", selfManagementPlan: " ", requestId: randomUUID() }))).fields).toHaveProperty("selfManagementPlan");
    expect(await database.db.discharge.count({ where: { patientId: ids.aisha! } })).toBe(0);
    expect(await database.db.episode.count({ where: { patientId: ids.aisha!, status: "ACTIVE" } })).toBe(1);
    await saveQuestionnaireResponse(database.db, lee, ids.aisha!, { instrumentId: "psfs", answers: { activity: [{ name: "Walking", rating: 7 }] }, requestId: randomUUID() });
    await saveQuestionnaireResponse(database.db, lee, ids.aisha!, { instrumentId: "groc", answers: { change: 4 }, requestId: randomUUID() });
    await dischargeEpisode(database.db, lee, ids.aisha!, { finalQuestionnaires: "RECORDED_AT_VISIT", selfManagementPlan: PLAN, requestId: randomUUID() });
    expect(await listDueQuestionnaires(database.db, ids.aisha!)).toEqual([]);
    // The refused attempt reached the record too (access is recorded before the questionnaires are checked), then the discharge.
    expect(await database.db.auditEvent.count({ where: { patientId: ids.aisha!, action: "patient.discharge" } })).toBe(2);
  });

  it("only a clinician of the patient's clinic discharges or reads the summary", async () => {
    for (const email of ["kim@harbor.example", "admin@riverside.example", "maria@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(dischargeEpisode(database.db, viewer, ids.maria!, { finalQuestionnaires: "SENT_TO_PATIENT", selfManagementPlan: PLAN, requestId: randomUUID() }), email).rejects.toBeInstanceOf(NotFoundError);
      if (email !== "maria@riverside.example") await expect(getDischargeSummary(database.db, viewer, ids.tom!), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await getDischargeSummary(database.db, await as("maria"), ids.maria!)).toBeNull();
  });

  it("a discharged patient asks to be seen again (once while open); a clinician sees it, handles it, and starts a new episode", async () => {
    const tom = await as("tom");
    const lee = await as("lee");
    const requestId = randomUUID();
    const asked = await requestSeenAgain(database.db, tom, ids.tom!, { note: "It flared up again.", requestId });
    expect(await requestSeenAgain(database.db, tom, ids.tom!, { note: "It flared up again.", requestId })).toEqual(asked);
    expect((await requestSeenAgain(database.db, tom, ids.tom!, { requestId: randomUUID() })).id).toBe(asked.id);
    expect((await refusal(requestSeenAgain(database.db, await as("maria"), ids.maria!, { requestId: randomUUID() }))).status).toBe(409);
    expect((await listSeenAgainRequests(database.db, lee, ids.tom!)).map((row) => row.note)).toEqual(["It flared up again."]);
    expect((await markSeenAgainHandled(database.db, lee, ids.tom!, asked.id)).handledAt).not.toBeNull();
    await startNewEpisode(database.db, lee, ids.tom!, { onsetDate: todayIn("America/New_York"), primaryCondition: "SPINAL_STENOSIS" });
    // The new episode is current; the discharged one keeps its status and its trend summary.
    expect(await database.db.episode.count({ where: { patientId: ids.tom!, status: "DISCHARGED", trendSummary: { isNot: null } } })).toBe(1);
    expect((await listDueQuestionnaires(database.db, ids.tom!)).map((due) => due.reason)).toEqual(["baseline"]);
  });
});
