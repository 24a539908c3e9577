import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { listCheckInPage, CHECK_IN_PAGE_SIZE } from "../checkins/list-check-in-page";
import { getEpisodeTrend } from "../episodes/get-episode-trend";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { getWeeklyAdherence } from "../exercise-log/get-weekly-adherence";
import { getPatientRecord } from "../patients/get-patient-record";
import { isPatientVisible } from "../patients/is-patient-visible";
import { getPatientPlans } from "../plans/get-patient-plans";
import { listOpenRedFlagAlerts } from "../red-flags/list-open-alerts";
import { ACCESS_PAGE_SIZE, listPatientAccessPage, NOBODY } from "./list-patient-access-page";
import { recordAudit } from "./record-audit";
import { recordPatientPageVisit } from "./record-page-visit";

describe("the sections of the clinician's patient page", () => {
  const database = useTestDatabase();
  let mariaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });

  it("records one event for a section visit whose reads run in parallel", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await database.db.auditEvent.count();
    const viewer = await recordPatientPageVisit(database.db, lee, mariaId, ["profile", "pain trend"]);
    await getPatientRecord(database.db, viewer!, mariaId);
    await Promise.all([
      getEpisodeTrend(database.db, viewer!, mariaId),
      listOpenRedFlagAlerts(database.db, viewer!, mariaId),
      getWeeklyAdherence(database.db, viewer!, mariaId),
      getPatientPlans(database.db, viewer!, mariaId),
      listCheckInPage(database.db, viewer!, mariaId),
      listPatientAccessPage(database.db, viewer!, mariaId),
    ]);
    expect(await database.db.auditEvent.count()).toBe(before + 1);
  });

  it("pages the access history 20 at a time, newest first, and filters it by who", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const patel = await viewerFor(database.db, "patel@riverside.example");
    for (let index = 0; index < ACCESS_PAGE_SIZE + 5; index++) await recordAudit(database.db, lee, { action: "patient.notes.view", patientId: mariaId });
    await recordAudit(database.db, patel, { action: "patient.plan.view", patientId: mariaId });

    const first = await listPatientAccessPage(database.db, lee, mariaId);
    expect(first.entries).toHaveLength(ACCESS_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / ACCESS_PAGE_SIZE));
    // The read of the history itself is the newest event.
    expect(first.entries[0]).toMatchObject({ action: "patient.access-log.view", actorName: "Dr. Jordan Lee" });
    const times = first.entries.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Dr. Jordan Lee", "Dr. Priya Patel"]));

    const second = await listPatientAccessPage(database.db, lee, mariaId, { page: 2 });
    expect(second.entries[0]!.at.getTime()).toBeLessThanOrEqual(first.entries.at(-1)!.at.getTime());

    const patels = await listPatientAccessPage(database.db, lee, mariaId, { actorId: patel.userId });
    expect(patels.entries.length).toBeGreaterThan(0);
    expect(patels.entries.every((entry) => entry.actorName === "Dr. Priya Patel")).toBe(true);
    expect(patels.total).toBe(await database.db.auditEvent.count({ where: { actorId: patel.userId, OR: [{ patientId: mariaId }, { subjectUserId: mariaId }, { subjectIds: { has: mariaId } }] } }));

    const nobody = await listPatientAccessPage(database.db, lee, mariaId, { actorId: NOBODY });
    expect(nobody.entries.every((entry) => entry.actorName === "Someone (not signed in)")).toBe(true);
  });

  it("refuses a page number that is no page, and another clinic's clinician", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    await expect(listPatientAccessPage(database.db, lee, mariaId, { page: 0 })).rejects.toBeInstanceOf(InvalidInputError);
    const kim = await viewerFor(database.db, "kim@harbor.example");
    await expect(listPatientAccessPage(database.db, kim, mariaId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages check-ins newest first by date, without overlap or gaps", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    // Ken (demo) checks in most days of a six-week episode: more than two pages.
    const kenId = (await database.db.user.findUniqueOrThrow({ where: { email: "ken@riverside.example" } })).id;
    const all = await database.db.checkIn.count({ where: { patientId: kenId } });
    expect(all).toBeGreaterThan(CHECK_IN_PAGE_SIZE);
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await listCheckInPage(database.db, lee, kenId, before);
      expect(page.checkIns.length).toBeLessThanOrEqual(CHECK_IN_PAGE_SIZE);
      seen.push(...page.checkIns.map((checkIn) => checkIn.date));
      if (!page.olderBefore) break;
      before = page.olderBefore;
    }
    expect(seen).toHaveLength(all);
    expect(seen).toEqual([...seen].sort().reverse());
    await expect(listCheckInPage(database.db, lee, kenId, "2026-02-30")).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("isPatientVisible", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("answers for the clinic's clinicians only, and records nothing", async () => {
    const mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
    const before = await database.db.auditEvent.count();
    expect(await isPatientVisible(database.db, await viewerFor(database.db, "lee@riverside.example"), mariaId)).toBe(true);
    expect(await isPatientVisible(database.db, await viewerFor(database.db, "kim@harbor.example"), mariaId)).toBe(false);
    expect(await isPatientVisible(database.db, await viewerFor(database.db, "admin@riverside.example"), mariaId)).toBe(false);
    expect(await isPatientVisible(database.db, await viewerFor(database.db, "lee@riverside.example"), "no-such-patient")).toBe(false);
    expect(await database.db.auditEvent.count()).toBe(before);
  });
});
