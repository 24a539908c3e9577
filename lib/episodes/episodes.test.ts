import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { addDays, fromDbDate, todayIn } from "../dates/calendar-date";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { correctCurrentEpisode } from "./correct-current-episode";
import { ZEpisodeInput } from "./episode-input";
import { listEpisodes } from "./list-episodes";
import { startNewEpisode } from "./start-new-episode";

describe("episodes", () => {
  const database = useTestDatabase();
  let mariaId: string;
  // Maria's calendar (the demo's Riverside patients live in New York).
  const today = todayIn("America/New_York");
  const activeCount = () => database.db.episode.count({ where: { patientId: mariaId, status: "ACTIVE" } });
  const mariasEpisodes = () => database.db.episode.findMany({ where: { patientId: mariaId }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });

  it("a clinician corrects the current episode's onset and condition; the change is audited", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const [before] = await listEpisodes(database.db, lee, mariaId);
    expect(before).toMatchObject({ status: "ACTIVE", primaryCondition: "LOW_BACK_PAIN", onsetDate: addDays(today, -5) });

    const corrected = await correctCurrentEpisode(database.db, lee, mariaId, { onsetDate: addDays(today, -9), primaryCondition: "SCIATICA" });
    expect(corrected).toMatchObject({ id: before!.id, status: "ACTIVE", onsetDate: addDays(today, -9), primaryCondition: "SCIATICA", closedAt: null });
    const stored = await database.db.episode.findUniqueOrThrow({ where: { id: before!.id } });
    expect([fromDbDate(stored.onsetDate), stored.primaryCondition]).toEqual([addDays(today, -9), "SCIATICA"]);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: lee.userId, action: "patient.episode.correct" } })).toBe(1);

    // Nothing changed is fine: the episode comes back as it is.
    const again = await correctCurrentEpisode(database.db, lee, mariaId, { onsetDate: addDays(today, -9), primaryCondition: "SCIATICA" });
    expect(again).toEqual(corrected);
  });

  it("refuses an onset in the future or before birth, naming the field and changing nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await mariasEpisodes();
    const cases = [
      { onsetDate: addDays(today, 7), message: "The pain cannot begin in the future." },
      { onsetDate: "1984-03-11", message: "The pain cannot begin before birth (1984-03-12)." },
      { onsetDate: "2026-02-30", message: "The date the pain began is not a real date." },
    ];
    for (const { onsetDate, message } of cases) {
      for (const change of [correctCurrentEpisode, startNewEpisode]) {
        const error = await change(database.db, lee, mariaId, { onsetDate, primaryCondition: "SCIATICA" }).catch((caught: unknown) => caught);
        expect(error, `${change.name} ${onsetDate}`).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).fields).toEqual({ onsetDate: [message] });
      }
    }
    expect(await mariasEpisodes()).toEqual(before);
    // The API's schema says the same before the function is reached, with one day of slack for zones ahead of UTC.
    expect(ZEpisodeInput.safeParse({ onsetDate: addDays(today, 7), primaryCondition: "SCIATICA" }).error?.issues[0]).toMatchObject({ path: ["onsetDate"] });
    expect(ZEpisodeInput.safeParse({ onsetDate: addDays(new Date().toISOString().slice(0, 10), 1), primaryCondition: "SCIATICA" }).success).toBe(true);
    expect(ZEpisodeInput.safeParse({ onsetDate: today, primaryCondition: "NOT_A_CONDITION" }).error?.issues[0]).toMatchObject({ path: ["primaryCondition"] });
  });

  it("starting a new episode closes the current one, which stays in the history", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const [previous] = await listEpisodes(database.db, lee, mariaId);
    const audited = () => database.db.auditEvent.count({ where: { patientId: mariaId, actorId: lee.userId, action: "patient.episode.start" } });
    const auditedBefore = await audited();
    const started = await startNewEpisode(database.db, lee, mariaId, { onsetDate: addDays(today, -1), primaryCondition: "MUSCLE_STRAIN" });
    expect(started).toMatchObject({ status: "ACTIVE", onsetDate: addDays(today, -1), primaryCondition: "MUSCLE_STRAIN", closedAt: null });

    const list = await listEpisodes(database.db, lee, mariaId);
    expect(list.map((episode) => [episode.id, episode.status])).toEqual([
      [started.id, "ACTIVE"],
      [previous!.id, "CLOSED"],
    ]);
    expect(list[1]).toMatchObject({ onsetDate: previous!.onsetDate, primaryCondition: previous!.primaryCondition });
    expect(list[1]!.closedAt).toBeInstanceOf(Date);
    expect(await audited()).toBe(auditedBefore + 1);

    // Corrections now apply to the new current episode only.
    await correctCurrentEpisode(database.db, lee, mariaId, { onsetDate: addDays(today, -2), primaryCondition: "MUSCLE_STRAIN" });
    const after = await listEpisodes(database.db, lee, mariaId);
    expect(after.map((episode) => episode.onsetDate)).toEqual([addDays(today, -2), previous!.onsetDate]);
  });

  it("a retried start stores nothing twice", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const input = { onsetDate: today, primaryCondition: "SCIATICA" as const };
    const first = await startNewEpisode(database.db, lee, mariaId, input);
    const count = await database.db.episode.count({ where: { patientId: mariaId } });
    const retry = await startNewEpisode(database.db, lee, mariaId, input).catch((caught: unknown) => caught);
    expect(retry).toBeInstanceOf(InvalidInputError);
    expect((retry as InvalidInputError).status).toBe(409);
    expect(await database.db.episode.count({ where: { patientId: mariaId } })).toBe(count);
    expect((await listEpisodes(database.db, lee, mariaId))[0]).toMatchObject({ id: first.id, status: "ACTIVE" });
  });

  it("concurrent starts leave exactly one ACTIVE episode", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const patel = await viewerFor(database.db, "patel@riverside.example");
    const before = await database.db.episode.count({ where: { patientId: mariaId } });
    // Different new episodes at once: all are stored, one after the other, each closing the one before.
    const conditions = ["PINCHED_NERVE", "HERNIATED_DISC", "SPINAL_OSTEOARTHRITIS", "POSTERIOR_LEG_PAIN_AFTER_RUNNING"] as const;
    const different = await Promise.allSettled(
      conditions.map((primaryCondition, index) => startNewEpisode(database.db, index % 2 ? patel : lee, mariaId, { onsetDate: addDays(today, -3), primaryCondition })),
    );
    expect(different.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []))).toEqual([]);
    expect(await activeCount()).toBe(1);
    expect(await database.db.episode.count({ where: { patientId: mariaId } })).toBe(before + 4);

    // The same new episode twice at once (a double submit): one is stored, the other refused.
    const same = await Promise.allSettled(
      [lee, patel].map((viewer) => startNewEpisode(database.db, viewer, mariaId, { onsetDate: addDays(today, -1), primaryCondition: "SPINAL_STENOSIS" })),
    );
    expect(same.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = same.find((result) => result.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(InvalidInputError);
    expect(await activeCount()).toBe(1);
    expect(await database.db.episode.count({ where: { patientId: mariaId } })).toBe(before + 5);
  });

  it("the patient lists their own episodes (not audited) but cannot change them", async () => {
    const maria = await viewerFor(database.db, "maria@riverside.example");
    const mine = await listEpisodes(database.db, maria, mariaId);
    expect(mine.filter((episode) => episode.status === "ACTIVE")).toHaveLength(1);
    expect(mine.length).toBeGreaterThan(1);
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: maria.userId } })).toBe(0);
    const before = await mariasEpisodes();
    const input = { onsetDate: today, primaryCondition: "LOW_BACK_PAIN" as const };
    await expect(correctCurrentEpisode(database.db, maria, mariaId, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startNewEpisode(database.db, maria, mariaId, input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await mariasEpisodes()).toEqual(before);
  });

  it("is not found for another clinic's clinician, another patient and the admin", async () => {
    const before = await mariasEpisodes();
    const input = { onsetDate: today, primaryCondition: "LOW_BACK_PAIN" as const };
    for (const email of ["kim@harbor.example", "james@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(listEpisodes(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(correctCurrentEpisode(database.db, viewer, mariaId, input), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(startNewEpisode(database.db, viewer, mariaId, input), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await mariasEpisodes()).toEqual(before);
  });

  it("correcting is not found when the patient has no current episode", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const jamesId = (await database.db.user.findUniqueOrThrow({ where: { email: "james@riverside.example" } })).id;
    await database.db.episode.updateMany({ where: { patientId: jamesId }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(correctCurrentEpisode(database.db, lee, jamesId, { onsetDate: today, primaryCondition: "MUSCLE_STRAIN" })).rejects.toBeInstanceOf(NotFoundError);
    // Starting one works, and it becomes the current one.
    await startNewEpisode(database.db, lee, jamesId, { onsetDate: today, primaryCondition: "MUSCLE_STRAIN" });
    expect(await database.db.episode.count({ where: { patientId: jamesId, status: "ACTIVE" } })).toBe(1);
  });
});
