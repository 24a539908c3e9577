import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput, type TCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { listOpenRedFlagAlerts, listRedFlagAlerts } from "./list-open-alerts";
import { markRedFlagAlertReviewed } from "./mark-alert-reviewed";

/** Late morning in New York, where the demo patients live. */
const NOW = new Date("2026-04-15T16:00:00.000Z");
const CALLED = { outcome: "CALLED_PATIENT" } as const;
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

  it("a clinician of the clinic sees the open alerts, emergency first and then newest (audited)", async () => {
    const urgent = await saveCheckIn(database.db, await maria(), mariaId, checkIn({ date: "2026-04-13", redFlags: ["NIGHT_PAIN", "FEVER"] }), NOW);
    const viewsBefore = await audited("patient.alerts.view");
    const open = await listOpenRedFlagAlerts(database.db, await lee(), mariaId);
    expect(open.map((alert) => [alert.level, alert.flags])).toEqual([
      ["EMERGENCY", ["WORSENING_LEG_WEAKNESS"]],
      ["EMERGENCY", ["BLADDER_BOWEL"]],
      ["EMERGENCY", ["SADDLE_NUMBNESS", "FEVER"]],
      ["URGENT", ["FEVER", "NIGHT_PAIN"]],
    ]);
    expect(open[2]).toEqual({ id: firstAlertId, checkInId: expect.any(String), date: TODAY, flags: ["SADDLE_NUMBNESS", "FEVER"], level: "EMERGENCY", raisedAt: expect.stringMatching(/Z$/) });
    expect(open[1]?.date).toBe("2026-04-14");
    expect(open[3]?.checkInId).toBe(urgent.checkIn.id);
    expect(await audited("patient.alerts.view")).toBe(viewsBefore + 1);
  });

  it("a review needs an outcome, and a reason when nothing was needed (at most 1,000 characters); nothing is stored when refused", async () => {
    const leeViewer = await lee();
    const refusals: [unknown, string][] = [
      [{}, "outcome"],
      [{ outcome: "IGNORED" }, "outcome"],
      [{ outcome: "NO_ACTION_NEEDED" }, "note"],
      [{ outcome: "NO_ACTION_NEEDED", note: "   " }, "note"],
      [{ outcome: "CALLED_PATIENT", note: "x".repeat(1001) }, "note"],
      [{ outcome: "CALLED_PATIENT", note: 5 }, "note"],
    ];
    for (const [body, field] of refusals) {
      const refused = await markRedFlagAlertReviewed(database.db, leeViewer, mariaId, firstAlertId, body as never, NOW).catch((error: unknown) => error);
      expect(refused, JSON.stringify(body)).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((refused as InvalidInputError).fields)).toEqual([field]);
    }
    expect((await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: firstAlertId } })).reviewedAt).toBeNull();
    expect(await audited("patient.alert.review")).toBe(0);
  });

  it("a clinician reviews an alert with an outcome and a reason (audited, once); the same review again changes nothing, another is refused with 409", async () => {
    const leeViewer = await lee();
    const note = "Numbness was from a long bike ride; checked by phone.";
    await markRedFlagAlertReviewed(database.db, leeViewer, mariaId, firstAlertId, { outcome: "NO_ACTION_NEEDED", note: `  ${note}  ` }, NOW);
    const reviewed = await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: firstAlertId } });
    expect(reviewed).toMatchObject({ reviewedAt: NOW, reviewedById: leeViewer.userId, reviewOutcome: "NO_ACTION_NEEDED", reviewNote: note });
    expect(await audited("patient.alert.review")).toBe(1);
    const after = await listRedFlagAlerts(database.db, leeViewer, mariaId);
    expect(after.alerts.map((alert) => alert.id)).not.toContain(firstAlertId);
    expect(after.alerts).toHaveLength(3);
    expect(after.reviewed).toEqual([
      expect.objectContaining({ id: firstAlertId, level: "EMERGENCY", reviewedAt: NOW.toISOString(), outcome: "NO_ACTION_NEEDED", note, reviewedByName: expect.any(String) }),
    ]);

    // A retry of the same review: answered the same, nothing more stored or audited.
    const later = new Date("2026-04-16T09:00:00.000Z");
    await markRedFlagAlertReviewed(database.db, leeViewer, mariaId, firstAlertId, { outcome: "NO_ACTION_NEEDED", note }, later);
    // A different decision, by Lee or by Patel, does not overwrite the first.
    const patel = await as("patel@riverside.example");
    for (const [viewer, review] of [
      [leeViewer, CALLED],
      [patel, { outcome: "NO_ACTION_NEEDED", note }],
    ] as const) {
      const refused = await markRedFlagAlertReviewed(database.db, viewer, mariaId, firstAlertId, review, later).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InvalidInputError);
      expect((refused as InvalidInputError).status).toBe(409);
      expect((refused as InvalidInputError).message).toMatch(/already reviewed by/);
    }
    expect(await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: firstAlertId } })).toMatchObject({ reviewedAt: NOW, reviewedById: leeViewer.userId, reviewOutcome: "NO_ACTION_NEEDED", reviewNote: note });
    expect(await audited("patient.alert.review")).toBe(1);

    // Not another patient's alert, nor a made-up one.
    await expect(markRedFlagAlertReviewed(database.db, leeViewer, jamesId, firstAlertId, CALLED)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markRedFlagAlertReviewed(database.db, leeViewer, mariaId, "no-such-alert", CALLED)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the same flags again after a review raise a new alert: the patient has said so again", async () => {
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["WORSENING_LEG_WEAKNESS"] }), NOW);
    expect(await alertsOf(mariaId)).toHaveLength(4);
    const open = await database.db.redFlagAlert.findFirstOrThrow({ where: { patientId: mariaId, flags: { equals: ["WORSENING_LEG_WEAKNESS"] } } });
    await markRedFlagAlertReviewed(database.db, await lee(), mariaId, open.id, { outcome: "SENT_TO_EMERGENCY_CARE" }, NOW);
    await saveCheckIn(database.db, await maria(), mariaId, checkIn({ redFlags: ["WORSENING_LEG_WEAKNESS"] }), NOW);
    expect((await alertsOf(mariaId)).filter((alert) => alert.reviewedAt === null).map((alert) => alert.flags)).toEqual([["BLADDER_BOWEL"], ["FEVER", "NIGHT_PAIN"], ["WORSENING_LEG_WEAKNESS"]]);
  });

  it("the patient cannot list or review alerts; Kim (other clinic), James and the admin get not found for everything", async () => {
    const open = await database.db.redFlagAlert.findFirstOrThrow({ where: { patientId: mariaId, reviewedAt: null } });
    for (const viewer of [await maria(), ...(await outsiders())]) {
      await expect(listOpenRedFlagAlerts(database.db, viewer, mariaId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listRedFlagAlerts(database.db, viewer, mariaId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(markRedFlagAlertReviewed(database.db, viewer, mariaId, open.id, CALLED)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await database.db.redFlagAlert.findUniqueOrThrow({ where: { id: open.id } })).reviewedAt).toBeNull();
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorRole: { not: "CLINICIAN" } } })).toBe(0);
  });
});
