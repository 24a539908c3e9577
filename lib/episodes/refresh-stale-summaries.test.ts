import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { addDays, fromDbDate, todayIn, toDbDate } from "../dates/calendar-date";
import { listClinicPatients } from "../patients/list-clinic-patients";
import { CHANGE_RULE_VERSION } from "../trends/change-from-baseline";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { fromSummaryRow } from "./read-episode-summary";
import { computeEpisodeSummary, refreshMissingEpisodeSummaries } from "./refresh-episode-summary";
import { refreshStaleEpisodeSummaries } from "./refresh-stale-summaries";

const NOW = new Date();

describe("summaries of an older change rule, at start-up", () => {
  const database = useTestDatabase();
  let patientId: string;

  beforeAll(async () => {
    const db = database.db;
    await syncCatalog(db, loadLibrary());
    await seedDemoData(db, { password: "backtrack-demo", now: NOW });
    const clinic = await db.clinic.findUniqueOrThrow({ where: { slug: "riverside" }, select: { id: true } });
    const today = todayIn("UTC", NOW);
    // A first week of 8, a latest week of 10: 2 points up but only 25%, "about the same" under the old rule.
    const user = await db.user.create({
      data: {
        email: "high@riverside.example",
        name: "Hana High",
        role: "PATIENT",
        clinicId: clinic.id,
        patient: { create: { dateOfBirth: toDbDate("1975-05-05"), timeZone: "UTC", episodes: { create: { onsetDate: toDbDate(addDays(today, -20)), primaryCondition: "LOW_BACK_PAIN" } } } },
      },
    });
    patientId = user.id;
    const pains: [number, number][] = [[20, 8], [18, 8], [16, 8], [5, 10], [3, 10], [1, 10]];
    await db.checkIn.createMany({ data: pains.map(([daysAgo, painNow]) => ({ patientId, date: toDbDate(addDays(today, -daysAgo)), painNow })) });
    await refreshMissingEpisodeSummaries(db);
  });

  const hanaSummary = () => database.db.episodeTrendSummary.findFirstOrThrow({ where: { episode: { patientId, status: "ACTIVE" } } });
  const worseNames = async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    return (await listClinicPatients(database.db, lee, { worse: "1" }, NOW)).patients.map((patient) => patient.name);
  };

  it("writes the current rule's version with every summary", async () => {
    expect(await hanaSummary()).toMatchObject({ latestChange: "WORSENED", ruleVersion: CHANGE_RULE_VERSION });
    expect(await database.db.episodeTrendSummary.count({ where: { ruleVersion: { not: CHANGE_RULE_VERSION } } })).toBe(0);
  });

  it("recomputes every row of an older rule, in batches, until the list's filter and the engine agree again", async () => {
    const db = database.db;
    // A database from before the fix: every row at version 1, Hana's with what the old rule said.
    await db.episodeTrendSummary.updateMany({ data: { ruleVersion: 1 } });
    const { episodeId } = await hanaSummary();
    await db.episodeTrendSummary.update({ where: { episodeId }, data: { latestChange: "NO_IMPORTANT_CHANGE" } });
    expect(await worseNames()).not.toContain("Hana High");

    const rows = await db.episodeTrendSummary.count();
    expect(rows).toBeGreaterThan(2);
    expect(await refreshStaleEpisodeSummaries(db, 2)).toBe(rows);
    expect(await refreshStaleEpisodeSummaries(db, 2)).toBe(0);

    expect(await hanaSummary()).toMatchObject({ latestChange: "WORSENED", ruleVersion: CHANGE_RULE_VERSION });
    expect(await worseNames()).toContain("Hana High");
    const lee = await viewerFor(db, "lee@riverside.example");
    const everyone = (await listClinicPatients(db, lee, {}, NOW)).patients;
    expect([...(await worseNames())].sort()).toEqual(everyone.filter((row) => row.trend?.worsening).map((row) => row.name).sort());
    for (const episode of await db.episode.findMany({ where: { status: "ACTIVE", trendSummary: { isNot: null } }, include: { trendSummary: true } })) {
      expect(fromSummaryRow(episode.trendSummary!)).toEqual(await computeEpisodeSummary(db, episode.patientId, fromDbDate(episode.onsetDate)));
    }
  });
});
