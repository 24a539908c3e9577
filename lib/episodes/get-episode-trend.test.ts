import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getEpisodeTrend } from "./get-episode-trend";
import { ZEpisodeTrendView } from "./trend-endpoints";

describe("the trend of a patient's current episode", () => {
  const database = useTestDatabase();
  const idOf = async (email: string) => (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("shows the demo histories as they were meant: James improving, Ken turning chronic, Maria with nothing yet", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const james = await getEpisodeTrend(database.db, lee, await idOf("james@riverside.example"));
    expect(james?.trend.latest?.classification).toBe("improved");
    expect(james?.trend.chronicityRisk).toBe(false);
    expect(james?.summary).toMatch(/down from/);

    const ken = await getEpisodeTrend(database.db, lee, await idOf("ken@riverside.example"));
    expect(ken?.trend.phase).toBe("SUBACUTE");
    expect(ken?.trend.latest?.classification).toBe("no-important-change");
    expect(ken?.trend.chronicityRisk).toBe(true);

    // Tom: chronic, with flare-ups (weeks well above his usual week).
    const tom = await getEpisodeTrend(database.db, lee, await idOf("tom@riverside.example"));
    expect(tom?.trend.phase).toBe("CHRONIC");
    const means = (tom?.trend.weeks ?? []).flatMap((week) => (week.meanPain === null ? [] : [week.meanPain])).sort((a, b) => a - b);
    const median = means[Math.floor(means.length / 2)]!;
    expect(means.filter((mean) => mean >= median + 1.5)).toHaveLength(2); // the two flare-ups of the demo history

    // The chart's daily points are the check-ins since onset; James's plan start is a marker.
    expect(james?.daily.length).toBe(await database.db.checkIn.count({ where: { patientId: await idOf("james@riverside.example"), date: { gte: new Date(`${james!.onsetDate}T00:00:00Z`) } } }));
    expect(james?.markers.filter((marker) => marker.kind === "plan-change").map((marker) => marker.label)).toEqual([expect.stringMatching(/^Plan started: /)]);
    const sofia = await getEpisodeTrend(database.db, lee, await idOf("sofia@riverside.example"));
    expect(sofia?.markers.filter((marker) => marker.kind === "red-flag")).toEqual([{ date: expect.any(String), kind: "red-flag", label: expect.stringMatching(/^Red flag answered yes: /) }]);

    // What the API sends is what its contract describes.
    expect(ZEpisodeTrendView.strict().safeParse(JSON.parse(JSON.stringify(sofia))).error).toBeUndefined();

    const maria = await getEpisodeTrend(database.db, lee, await idOf("maria@riverside.example"));
    expect(maria?.trend.weeks).toEqual([]);
    expect(maria?.trend.direction).toBe("not-enough-data");
  });

  it("the patient reads their own without an audit entry; a clinician's read is audited; nobody else reads it", async () => {
    const jamesId = await idOf("james@riverside.example");
    const james = await viewerFor(database.db, "james@riverside.example");
    expect(await getEpisodeTrend(database.db, james, jamesId)).not.toBeNull();
    expect(await database.db.auditEvent.count({ where: { patientId: jamesId, action: "patient.trend.view" } })).toBe(1); // Lee's read above
    for (const email of ["kim@harbor.example", "maria@riverside.example", "admin@riverside.example"]) {
      await expect(getEpisodeTrend(database.db, await viewerFor(database.db, email), jamesId), email).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
