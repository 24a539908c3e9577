import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { ZCheckInInput, type TCheckInInput } from "../checkins/check-in-input";
import { getCheckInStatus } from "../checkins/get-check-in-status";
import { saveCheckIn } from "../checkins/save-check-in";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import type { TMedicalHistoryCode } from "./medical-history";
import { saveMedicalHistory } from "./save-medical-history";

/*
 * Red flags through a real save: levels, flags worked out from the history,
 * and which questions a check-in may answer. Demo patients live in
 * America/New_York; 16:00 UTC is late morning there.
 */
const noonIn = (date: string) => new Date(`${date}T16:00:00.000Z`);

function checkIn(date: string, fields: Record<string, unknown> = {}): TCheckInInput {
  return ZCheckInInput.parse({ date, painNow: 5, requestId: randomUUID(), ...fields });
}

describe("red flags in the daily check-in", () => {
  const database = useTestDatabase();
  const ids: Record<"maria" | "james" | "ken" | "aisha", string> = { maria: "", james: "", ken: "", aisha: "" };
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
    }
  });
  const as = (name: keyof typeof ids) => viewerFor(database.db, `${name}@riverside.example`);
  const alerts = (patientId: string) => database.db.redFlagAlert.findMany({ where: { patientId }, orderBy: { raisedAt: "asc" }, select: { flags: true, level: true } });

  it("a routine day raises no alert and answers level null", async () => {
    const saved = await saveCheckIn(database.db, await as("maria"), ids.maria, checkIn("2026-08-03", { painNow: 7, sleepDisturbed: true }), noonIn("2026-08-03"));
    expect(saved).toMatchObject({ redFlags: [], level: null });
    expect(await alerts(ids.maria)).toEqual([]);
  });

  it("an urgent sign raises an URGENT alert; an emergency with it raises one EMERGENCY alert", async () => {
    const urgent = await saveCheckIn(database.db, await as("james"), ids.james, checkIn("2026-08-03", { redFlags: ["NIGHT_PAIN"] }), noonIn("2026-08-03"));
    expect(urgent).toMatchObject({ redFlags: [{ code: "NIGHT_PAIN", level: "URGENT" }], level: "URGENT" });
    const mixed = await saveCheckIn(database.db, await as("james"), ids.james, checkIn("2026-08-04", { redFlags: ["STEADILY_WORSE", "BLADDER_NUMB"] }), noonIn("2026-08-04"));
    expect(mixed.level).toBe("EMERGENCY");
    expect(await alerts(ids.james)).toEqual([
      { flags: ["NIGHT_PAIN"], level: "URGENT" },
      { flags: ["BLADDER_NUMB", "STEADILY_WORSE"], level: "EMERGENCY" },
    ]);
  });

  it("a patient with past cancer checking in every day raises nothing; new or worse pain raises CANCER_HISTORY, URGENT", async () => {
    const ken = await as("ken");
    await saveMedicalHistory(database.db, ken, ids.ken, { medicalHistory: ["PAST_CANCER"], none: false });
    expect((await getCheckInStatus(database.db, ken, ids.ken, noonIn("2026-08-10"))).historyQuestions).toEqual(["CANCER_HISTORY"]);
    for (const date of ["2026-08-10", "2026-08-11", "2026-08-12", "2026-08-13", "2026-08-14"]) {
      const saved = await saveCheckIn(database.db, ken, ids.ken, checkIn(date, { painNewOrWorse: false }), noonIn(date));
      expect(saved.checkIn.redFlags).toEqual([]);
    }
    expect(await alerts(ids.ken)).toEqual([]);

    const worse = await saveCheckIn(database.db, ken, ids.ken, checkIn("2026-08-15", { painNewOrWorse: true }), noonIn("2026-08-15"));
    expect(worse).toMatchObject({ redFlags: [{ code: "CANCER_HISTORY", level: "URGENT" }], level: "URGENT" });
    expect(worse.checkIn.redFlags).toEqual(["CANCER_HISTORY"]);
    expect(await alerts(ids.ken)).toEqual([{ flags: ["CANCER_HISTORY"], level: "URGENT" }]);
  });

  it("asks about a small fall only with thin bones or long-term steroids; the flag is worked out on the server", async () => {
    const aisha = await as("aisha");
    const date = "2026-08-20";
    const without = await refusal(saveCheckIn(database.db, aisha, ids.aisha, checkIn(date, { painAfterSmallInjury: true }), noonIn(date)));
    expect([without.status, Object.keys(without.fields)]).toEqual([400, ["painAfterSmallInjury"]]);
    expect(Object.keys((await refusal(saveCheckIn(database.db, aisha, ids.aisha, checkIn(date, { painNewOrWorse: false }), noonIn(date)))).fields)).toEqual(["painNewOrWorse"]);
    expect(await database.db.checkIn.count({ where: { patientId: ids.aisha, date: new Date(date) } })).toBe(0);

    const histories: TMedicalHistoryCode[][] = [["OSTEOPOROSIS"], ["LONG_TERM_STEROIDS"]];
    for (const history of histories) {
      await saveMedicalHistory(database.db, aisha, ids.aisha, { medicalHistory: history, none: false });
      const fall = await saveCheckIn(database.db, aisha, ids.aisha, checkIn(date, { painAfterSmallInjury: true }), noonIn(date));
      expect(fall.checkIn.redFlags).toEqual(["FRAGILE_BONE_INJURY"]);
      expect(fall.level).toBe("URGENT");
      const no = await saveCheckIn(database.db, aisha, ids.aisha, checkIn(date, { painAfterSmallInjury: false }), noonIn(date));
      expect(no.checkIn.redFlags).toEqual([]);
    }
  });

  it("refuses a derived flag sent as a ticked sign, and the weight question outside the weekly questions", async () => {
    const maria = await as("maria");
    for (const code of ["CANCER_HISTORY", "FRAGILE_BONE_INJURY"]) {
      expect(ZCheckInInput.safeParse({ date: "2026-08-21", painNow: 3, requestId: randomUUID(), redFlags: [code] }).success).toBe(false);
    }
    const weekly = await saveCheckIn(database.db, maria, ids.maria, checkIn("2026-08-21", { redFlags: ["WEIGHT_LOSS"], pegPain: 4, pegEnjoyment: 4, pegActivity: 4 }), noonIn("2026-08-21"));
    expect(weekly).toMatchObject({ redFlags: [{ code: "WEIGHT_LOSS", level: "URGENT" }], level: "URGENT" });
    // Two days later the PEG-3 is not due: the weight question is not asked.
    const daily = await refusal(saveCheckIn(database.db, maria, ids.maria, checkIn("2026-08-23", { redFlags: ["WEIGHT_LOSS"] }), noonIn("2026-08-23")));
    expect(daily.fields).toEqual({ redFlags: ["The weight question is asked once a week, with the three weekly questions."] });
    // A week on it is due again, and the weight question may be answered with the three scales left empty.
    const due = await saveCheckIn(database.db, maria, ids.maria, checkIn("2026-08-28", { redFlags: ["WEIGHT_LOSS"] }), noonIn("2026-08-28"));
    expect(due.checkIn.redFlags).toEqual(["WEIGHT_LOSS"]);
  });

  it("the status gives the form the clinic's numbers and the history questions", async () => {
    const status = await getCheckInStatus(database.db, await as("maria"), ids.maria, noonIn("2026-08-22"));
    expect(status).toMatchObject({
      historyAnswered: true,
      historyQuestions: [],
      clinic: { emergencyNumber: "911", phone: "(212) 555-0142", openingHours: "Monday to Friday, 8 am to 6 pm", outOfHoursText: null },
    });
  });
});
