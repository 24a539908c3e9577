import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput, type TCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { listOpenRedFlagAlerts } from "./list-open-alerts";
import { markRedFlagAlertReviewed } from "./mark-alert-reviewed";

/** Late morning in New York, where the demo patients live. */
const NOW = new Date("2026-04-15T16:00:00.000Z");
const TODAY = "2026-04-15";

function checkIn(fields: Record<string, unknown>): TCheckInInput {
  return ZCheckInInput.parse({ date: TODAY, painNow: 8, requestId: randomUUID(), ...fields });
}

describe("red-flag alerts", () => {
  const database = useTestDatabase();
  let mariaId: string;
  let jamesId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
    jamesId = (await database.db.user.findUniqueOrThrow({ where: { email: "james@riverside.example" } })).id;
  });
  const as = (email: string) => viewerFor(database.db, email);
  const maria = () => as("maria@riverside.example");
  const lee = () => as("lee@riverside.example");
  const outsiders = async () => [await as("kim@harbor.example"), await as("james@riverside.example"), await as("admin@riverside.example")];
  const alertsOf = (patientId: string) => database.db.redFlagAlert.findMany({ where: { patientId }, orderBy: { raisedAt: "asc" } });
  const audited = (action: string) => database.db.auditEvent.count({ where: { patientId: mariaId, action } });

  let firstAlertId: string;

  it("a check-in with red flags raises one alert in the same save and answers the flags; a retry or the same flags again add none", async () => {
    const body = checkIn({ redFlags: ["FEVER", "SADDLE_NUMBNESS", "FEVER"] });
    const saved = await saveCheckIn(database.db, await maria(), mariaId, body, NOW);
    expect(saved.redFlags).toEqual([
      { code: "SADDLE_NUMBNESS", level: "EMERGENCY" },
      { code: "FEVER", level: "URGENT" },
    ]);
    expect(saved.level).toBe("EMERGENCY");
    expect(saved.checkIn.redFlags).toEqual(["SADDLE_NUMBNESS", "FEVER"]);
    const [alert, ...more] = await alertsOf(mariaId);
    expect(more).toHaveLength(0);
    // Emergency and urgent signs together: one alert at the higher level.
    expect(alert).toMatchObject({ checkInId: saved.checkIn.id, flags: ["SADDLE_NUMBNESS", "FEVER"], level: "EMERGENCY", reviewedAt: null, reviewedById: null });
    firstAlertId = alert!.id;

    expect((await saveCheckIn(database.db, await maria(), mariaId, body, NOW)).redFlags.map((flag) => flag.code)).toEqual(["SADDLE_NUMBNESS", "FEVER"]);
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["FEVER", "SADDLE_NUMBNESS"], painNow: 9 }), NOW);
    expect(await alertsOf(mariaId)).toHaveLength(1);

    // Five copies sent together: still one alert, for the new day's check-in.
    const racing = checkIn({ date: "2026-04-14", redFlags: ["BLADDER_BOWEL"] });
    const viewer = await maria();
    await Promise.all([1, 2, 3, 4, 5].map(() => saveCheckIn(database.db, viewer, mariaId, racing, NOW)));
    expect((await alertsOf(mariaId)).map((entry) => entry.flags)).toEqual([["SADDLE_NUMBNESS", "FEVER"], ["BLADDER_BOWEL"]]);
  });

  it("answering no later does not withdraw an alert; different flags on the same check-in raise another", async () => {
    const cleared = await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: [] }), NOW);
    expect(cleared.redFlags).toEqual([]);
    expect(await alertsOf(mariaId)).toHaveLength(2);
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["WORSENING_LEG_WEAKNESS"] }), NOW);
    const alerts = await alertsOf(mariaId);
    expect(alerts).toHaveLength(3);
    expect(alerts[2]).toMatchObject({ checkInId: cleared.checkIn.id, flags: ["WORSENING_LEG_WEAKNESS"] });
  });

  it("a clinician of the clinic sees the open alerts (audited)", async () => {
    const viewsBefore = await audited("patient.alerts.view");
    const open = await listOpenRedFlagAlerts(database.db, await lee(), mariaId);
    expect(open.map((alert) => alert.flags)).toEqual([["WORSENING_LEG_WEAKNESS"], ["BLADDER_BOWEL"], ["SADDLE_NUMBNESS", "FEVER"]]);
    expect(open[2]).toEqual({ id: firstAlertId, checkInId: expect.any(String), date: TODAY, flags: ["SADDLE_NUMBNESS", "FEVER"], raisedAt: expect.stringMatching(/Z$/) });
    expect(open[1]?.date).toBe("2026-04-14");
    expect(await audited("patient.alerts.view")).toBe(viewsBefore + 1);

  });

  it("a clinician marks an alert reviewed (audited, once); reviewing it again changes nothing", async () => {
    const leeViewer = await lee();
    await markRedFlagAlertReviewed(database.db, leeViewer, mariaId, firstAlertId, NOW);
    const reviewed = await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: firstAlertId } });
    expect(reviewed).toMatchObject({ reviewedAt: NOW, reviewedById: leeViewer.userId });
    expect(await audited("patient.alert.review")).toBe(1);
    expect((await listOpenRedFlagAlerts(database.db, leeViewer, mariaId)).map((alert) => alert.id)).not.toContain(firstAlertId);
    expect(await listOpenRedFlagAlerts(database.db, leeViewer, mariaId)).toHaveLength(2);

    const patel = await as("patel@riverside.example");
    await markRedFlagAlertReviewed(database.db, patel, mariaId, firstAlertId, new Date("2026-04-16T09:00:00.000Z"));
    expect(await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: firstAlertId } })).toMatchObject({ reviewedAt: NOW, reviewedById: leeViewer.userId });
    expect(await audited("patient.alert.review")).toBe(1);

    // Not another patient's alert, nor a made-up one.
    await expect(markRedFlagAlertReviewed(database.db, leeViewer, jamesId, firstAlertId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markRedFlagAlertReviewed(database.db, leeViewer, mariaId, "no-such-alert")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the same flags again after a review raise a new alert: the patient has said so again", async () => {
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["WORSENING_LEG_WEAKNESS"] }), NOW);
    expect(await alertsOf(mariaId)).toHaveLength(3);
    const open = await database.db.redFlagAlert.findFirstOrThrow({ where: { patientId: mariaId, flags: { equals: ["WORSENING_LEG_WEAKNESS"] } } });
    await markRedFlagAlertReviewed(database.db, await lee(), mariaId, open.id, NOW);
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["WORSENING_LEG_WEAKNESS"] }), NOW);
    expect((await alertsOf(mariaId)).filter((alert) => alert.reviewedAt === null).map((alert) => alert.flags)).toEqual([["BLADDER_BOWEL"], ["WORSENING_LEG_WEAKNESS"]]);
  });

  it("the patient cannot list or review alerts; Kim (other clinic), James and the admin get not found for everything", async () => {
    const open = await database.db.redFlagAlert.findFirstOrThrow({ where: { patientId: mariaId, reviewedAt: null } });
    for (const viewer of [await maria(), ...(await outsiders())]) {
      await expect(listOpenRedFlagAlerts(database.db, viewer, mariaId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(markRedFlagAlertReviewed(database.db, viewer, mariaId, open.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: open.id } })).reviewedAt).toBeNull();
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorRole: { not: "CLINICIAN" } } })).toBe(0);
  });
});
