import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tools/testing/test-database";
import { writeLibraryFixture } from "../../tools/content/library-fixture";
import { loadLibrary } from "./load-library";
import { syncCatalog } from "./sync-catalog";

describe("syncCatalog", () => {
  const database = useTestDatabase();
  const dir = writeLibraryFixture();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the library once, then changes only what changed, and retires what was removed", async () => {
    expect(await syncCatalog(database.db, loadLibrary(dir))).toEqual({ changed: 2, retired: 0 });
    expect(await syncCatalog(database.db, loadLibrary(dir))).toEqual({ changed: 0, retired: 0 });
    const exercise = await database.db.exercise.findUniqueOrThrow({ where: { slug: "tilt" } });
    expect(exercise).toMatchObject({ defaultSets: 1, defaultReps: 10, defaultTimesPerDay: 2, goals: ["mobility"], conditions: ["LOW_BACK_PAIN"], eachSide: false, acceptablePain: 3 });

    const exerciseFile = path.join(dir, "exercises/tilt.md");
    writeFileSync(exerciseFile, readFileSync(exerciseFile, "utf8").replace("acceptablePain: 3", "acceptablePain: 4").replace("daysPerWeek: 7 }", "daysPerWeek: 7, eachSide: true }"));
    expect(await syncCatalog(database.db, loadLibrary(dir))).toEqual({ changed: 1, retired: 0 });
    expect(await database.db.exercise.findUniqueOrThrow({ where: { slug: "tilt" } })).toMatchObject({ eachSide: true, acceptablePain: 4 });

    const guideFile = path.join(dir, "guides/easy-back.md");
    writeFileSync(guideFile, readFileSync(guideFile, "utf8").replace("title: Easy back", "title: Easy back, revised"));
    expect(await syncCatalog(database.db, loadLibrary(dir))).toEqual({ changed: 1, retired: 0 });
    const guide = await database.db.guide.findUniqueOrThrow({ where: { slug: "easy-back" } });
    expect(guide.title).toBe("Easy back, revised");

    const library = loadLibrary(dir);
    expect(await syncCatalog(database.db, { ...library, guides: [] })).toEqual({ changed: 0, retired: 1 });
    expect((await database.db.guide.findUniqueOrThrow({ where: { slug: "easy-back" } })).retiredAt).not.toBeNull();
    expect(await syncCatalog(database.db, library)).toEqual({ changed: 1, retired: 0 });
  });
});
