import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { addDays, fromDbDate, todayIn } from "../dates/calendar-date";
import { InvalidInputError } from "../errors/domain-errors";
import { summarizeEpisode } from "../trends/episode-summary";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { correctCurrentEpisode } from "./correct-current-episode";
import { fromSummaryRow } from "./read-episode-summary";
import { computeEpisodeSummary, refreshMissingEpisodeSummaries } from "./refresh-episode-summary";
import { startNewEpisode } from "./start-new-episode";

const PATIENTS = ["maria", "james", "ken"] as const;
const DAY_MS = 86_400_000;

type Operation =
  | { kind: "check-in"; patient: number; daysBack: number; pain: number }
  | { kind: "correct-onset"; patient: number; daysBack: number }
  | { kind: "new-episode"; patient: number; daysBack: number }
  | { kind: "next-day"; days: number };

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("check-in" as const), patient: fc.nat(2), daysBack: fc.nat(7), pain: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("correct-onset" as const), patient: fc.nat(2), daysBack: fc.nat(120) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("new-episode" as const), patient: fc.nat(2), daysBack: fc.nat(30) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("next-day" as const), days: fc.integer({ min: 1, max: 9 }) }) },
);

describe("the stored trend summary of an episode", () => {
  const database = useTestDatabase();
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of PATIENTS) ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
  });

  /** Every active episode's stored summary against a recomputation from the check-ins (a missing row must have nothing to summarize). */
  async function expectSummariesMatchCheckIns(): Promise<void> {
    const episodes = await database.db.episode.findMany({ where: { status: "ACTIVE" }, select: { patientId: true, onsetDate: true, trendSummary: true } });
    for (const episode of episodes) {
      const onsetDate = fromDbDate(episode.onsetDate);
      const recomputed = await computeEpisodeSummary(database.db, episode.patientId, onsetDate);
      const stored = episode.trendSummary ? fromSummaryRow(episode.trendSummary) : summarizeEpisode(onsetDate, []);
      expect(stored, episode.patientId).toEqual(recomputed);
    }
    const closedWithSummary = await database.db.episodeTrendSummary.count({ where: { episode: { status: "CLOSED" } } });
    expect(closedWithSummary).toBe(0);
  }

  it("is written by the seed for every active episode, with check-ins or not", async () => {
    expect(await database.db.episodeTrendSummary.count({ where: { episode: { patientId: ids.james } } })).toBe(1);
    expect(await database.db.episode.count({ where: { status: "ACTIVE", trendSummary: null } })).toBe(0);
    await expectSummariesMatchCheckIns();
  });

  it("always equals a full recomputation, through check-ins, edits, backfilled days, onset corrections and new episodes", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const patients = await Promise.all(PATIENTS.map((name) => viewerFor(database.db, `${name}@riverside.example`)));
    let now = new Date();
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: 1, maxLength: 12 }), async (operations) => {
        for (const operation of operations) {
          if (operation.kind === "next-day") {
            now = new Date(now.getTime() + operation.days * DAY_MS);
            continue;
          }
          const patientId = ids[PATIENTS[operation.patient]!]!;
          const today = todayIn("America/New_York", now) // Riverside's patients;
          const date = addDays(today, -operation.daysBack);
          try {
            if (operation.kind === "check-in") {
              const input = ZCheckInInput.parse({ date, painNow: operation.pain, requestId: randomUUID() });
              await saveCheckIn(database.db, patients[operation.patient]!, patientId, input, now);
            } else if (operation.kind === "correct-onset") {
              await correctCurrentEpisode(database.db, lee, patientId, { onsetDate: date, primaryCondition: "LOW_BACK_PAIN" });
            } else {
              await startNewEpisode(database.db, lee, patientId, { onsetDate: date, primaryCondition: "SCIATICA" });
            }
          } catch (error) {
            // A day outside the patient's editable week, or the same episode again: refused, and nothing may change.
            if (!(error instanceof InvalidInputError)) throw error;
          }
          await expectSummariesMatchCheckIns();
        }
      }),
      { numRuns: 12 },
    );
  });

  it("is filled in at start-up for episodes that have none (a database from before summaries)", async () => {
    await database.db.episodeTrendSummary.deleteMany({ where: { episode: { patientId: { in: [ids.james!, ids.ken!] } } } });
    expect(await refreshMissingEpisodeSummaries(database.db)).toBeGreaterThanOrEqual(2);
    expect(await refreshMissingEpisodeSummaries(database.db)).toBe(0);
    await expectSummariesMatchCheckIns();
  });
});
