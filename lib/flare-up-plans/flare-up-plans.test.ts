import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import type { TViewer } from "../auth/viewer-types";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { DEFAULT_WHEN_TO_GET_HELP, FLARE_UP_TEXT_MAX, ZFlareUpPlanInput } from "./flare-up-plan-input";
import { getFlareUpPlan } from "./get-flare-up-plan";
import { saveFlareUpPlan } from "./save-flare-up-plan";

const EMPTY = { earlySigns: null, whatHelps: null, scaleBack: null, medicines: null, whenToGetHelp: null, whoToContact: null };

describe("the patient's flare-up plan", () => {
  const database = useTestDatabase();
  let maria: TViewer;
  let lee: TViewer;
  let mariaId: string;
  const auditCount = (action: string) => database.db.auditEvent.count({ where: { patientId: mariaId, action } });

  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    maria = await viewerFor(database.db, "maria@riverside.example");
    lee = await viewerFor(database.db, "lee@riverside.example");
    mariaId = maria.userId;
  });

  it("starts unsaved, with only a pointer to the red flags under 'When to get help'", async () => {
    expect(await getFlareUpPlan(database.db, maria, mariaId)).toEqual({
      parts: { ...EMPTY, whenToGetHelp: DEFAULT_WHEN_TO_GET_HELP },
      saved: false,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await database.db.flareUpPlan.count({ where: { patientId: mariaId } })).toBe(0);
  });

  it("is written by the patient, not audited, and a save replaces the whole plan (the same save twice leaves one plan)", async () => {
    const before = await database.db.auditEvent.count({ where: { patientId: mariaId } });
    const input = { earlySigns: "  Stiff when I get up.  ", whatHelps: "Short walks, heat.", whenToGetHelp: "" };
    const first = await saveFlareUpPlan(database.db, maria, mariaId, input);
    const again = await saveFlareUpPlan(database.db, maria, mariaId, input);
    expect(again.parts).toEqual({ ...EMPTY, earlySigns: "Stiff when I get up.", whatHelps: "Short walks, heat." });
    expect(again).toMatchObject({ saved: true, updatedBy: { name: "Maria Lopez", role: "PATIENT" } });
    expect(first.parts).toEqual(again.parts);
    expect(await database.db.flareUpPlan.count({ where: { patientId: mariaId } })).toBe(1);
    // A part left out is cleared.
    const replaced = await saveFlareUpPlan(database.db, maria, mariaId, { medicines: "Ibuprofen as agreed." });
    expect(replaced.parts).toEqual({ ...EMPTY, medicines: "Ibuprofen as agreed." });
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId } })).toBe(before);
  });

  it("is read and changed by the patient's clinicians, each read and change audited, with who changed it last", async () => {
    const viewsBefore = await auditCount("patient.flare-up-plan.view");
    const savesBefore = await auditCount("patient.flare-up-plan.save");
    const saved = await saveFlareUpPlan(database.db, lee, mariaId, { medicines: "Ibuprofen 400 mg up to 3 times a day, for up to 5 days.", whoToContact: "Riverside clinic" });
    expect(saved).toMatchObject({ saved: true, updatedBy: { name: "Dr. Jordan Lee", role: "CLINICIAN" } });
    const read = await getFlareUpPlan(database.db, maria, mariaId);
    expect(read.parts).toEqual({ ...EMPTY, medicines: "Ibuprofen 400 mg up to 3 times a day, for up to 5 days.", whoToContact: "Riverside clinic" });
    await getFlareUpPlan(database.db, lee, mariaId);
    expect(await auditCount("patient.flare-up-plan.save")).toBe(savesBefore + 1);
    expect(await auditCount("patient.flare-up-plan.view")).toBe(viewsBefore + 1);
    const entry = await database.db.auditEvent.findFirstOrThrow({ where: { patientId: mariaId, action: "patient.flare-up-plan.save" } });
    expect(entry.actorId).toBe(lee.userId);
  });

  it("is not found for another patient, another clinic's clinician or an admin, who change nothing", async () => {
    const before = await database.db.flareUpPlan.findUniqueOrThrow({ where: { patientId: mariaId } });
    for (const email of ["james@riverside.example", "noah@harbor.example", "kim@harbor.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(getFlareUpPlan(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveFlareUpPlan(database.db, viewer, mariaId, { earlySigns: "x" }), email).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getFlareUpPlan(database.db, lee, "no-such-patient")).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.flareUpPlan.findUniqueOrThrow({ where: { patientId: mariaId } })).toEqual(before);
  });

  it("refuses a part that is too long, not text, or unknown, naming the field, and stores nothing", async () => {
    const before = await database.db.flareUpPlan.findUniqueOrThrow({ where: { patientId: mariaId } });
    const refusal = async (input: unknown) => {
      const error = await saveFlareUpPlan(database.db, maria, mariaId, input as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).fields;
    };
    expect(await refusal({ whatHelps: "a".repeat(FLARE_UP_TEXT_MAX + 1) })).toEqual({ whatHelps: ["Keep this under 1,000 characters."] });
    expect(await refusal({ earlySigns: 42 })).toEqual({ earlySigns: ["Write text here, or leave it empty."] });
    expect(Object.keys((await refusal({ earlySign: "typo" })) ?? {})).toEqual(["input"]);
    expect(ZFlareUpPlanInput.safeParse({ whoToContact: "a".repeat(FLARE_UP_TEXT_MAX) }).success).toBe(true);
    expect(await database.db.flareUpPlan.findUniqueOrThrow({ where: { patientId: mariaId } })).toEqual(before);
  });
});
