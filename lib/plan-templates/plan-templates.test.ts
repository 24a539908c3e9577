import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PLAN_TEMPLATES, seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { type InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { ZWritePlanTemplate, type TWritePlanTemplate } from "../plans/plan-input";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { createPlanTemplate } from "./create-plan-template";
import { listPlanTemplates } from "./list-plan-templates";
import { retirePlanTemplate } from "./retire-plan-template";

function templateInput(fields: Record<string, unknown> = {}): TWritePlanTemplate {
  return ZWritePlanTemplate.parse({
    name: "Desk worker — daily reset",
    description: "Five minutes between meetings.",
    instructions: "Stand up every hour.",
    items: [
      { exerciseSlug: "cat-cow", sets: 1, reps: 10, timesPerDay: 2, daysPerWeek: 5 },
      { exerciseSlug: "hip-flexor-stretch", sets: 1, reps: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 5, instructions: "Both sides." },
      { exerciseSlug: "walking-program", sets: 1, minutes: 10, timesPerDay: 3, daysPerWeek: 5, fromWeek: 2 },
    ],
    ...fields,
  });
}

describe("plan templates", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    await syncCatalog(database.db, loadLibrary());
    // Again, now that the library is there: the clinics get their starter templates.
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });
  const lee = () => viewerFor(database.db, "lee@riverside.example");
  const kim = () => viewerFor(database.db, "kim@harbor.example");
  const stored = () => Promise.all([database.db.planTemplate.count(), database.db.planTemplateItem.count()]);

  it("the clinic's clinicians list the templates in use, by name, with their exercises in order", async () => {
    const templates = await listPlanTemplates(database.db, await lee());
    expect(templates.map((template) => template.name)).toEqual(DEMO_PLAN_TEMPLATES.map((template) => template.name).sort());
    const sciatica = templates.find((template) => template.name === "Sciatica — nerve glides and walking");
    expect(sciatica?.items.map((row) => row.exerciseSlug)).toEqual(["sciatic-nerve-glide", "walking-program", "prone-on-elbows", "piriformis-stretch"]);
    expect(sciatica?.items[0]).toEqual({
      exerciseSlug: "sciatic-nerve-glide",
      exerciseName: "Sciatic nerve glide",
      eachSide: false,
      acceptablePain: 2,
      sets: 1,
      reps: 10,
      holdSeconds: null,
      minutes: null,
      timesPerDay: 2,
      daysPerWeek: 7,
      fromWeek: 1,
      toWeek: null,
      instructions: "Smooth and slow, no hold at the end.",
    });
    expect(JSON.parse(JSON.stringify(templates))).toEqual(templates);
    // Patel, same clinic, sees the same list.
    expect(await listPlanTemplates(database.db, await viewerFor(database.db, "patel@riverside.example"))).toEqual(templates);
  });

  it("a clinician adds a template to the clinic; Kim's clinic never sees it", async () => {
    const template = await createPlanTemplate(database.db, await lee(), templateInput());
    expect(template).toMatchObject({ name: "Desk worker — daily reset", description: "Five minutes between meetings.", instructions: "Stand up every hour." });
    expect(template.items.map((row) => [row.exerciseSlug, row.fromWeek, row.instructions])).toEqual([
      ["cat-cow", 1, null],
      ["hip-flexor-stretch", 1, "Both sides."],
      ["walking-program", 2, null],
    ]);
    expect((await listPlanTemplates(database.db, await lee())).find((row) => row.id === template.id)).toEqual(template);
    expect((await database.db.planTemplate.findUniqueOrThrow({ where: { id: template.id } })).createdById).toBe((await lee()).userId);

    const harbor = await listPlanTemplates(database.db, await kim());
    const riversideIds = (await database.db.planTemplate.findMany({ where: { clinic: { slug: "riverside" } }, select: { id: true } })).map((row) => row.id);
    expect(harbor).toHaveLength(DEMO_PLAN_TEMPLATES.length);
    expect(harbor.some((row) => riversideIds.includes(row.id))).toBe(false);
  });

  it("refuses a name the clinic already uses (any case) with 409 naming `name`; another clinic may use it", async () => {
    const before = await stored();
    const error = await refusal(createPlanTemplate(database.db, await lee(), templateInput({ name: "DESK WORKER — daily reset" })));
    expect(error.status).toBe(409);
    expect(error.fields).toEqual({ name: ["Your clinic already has a template called “Desk worker — daily reset”. Choose another name."] });
    expect(await stored()).toEqual(before);

    const harbors = await createPlanTemplate(database.db, await kim(), templateInput());
    expect(harbors.name).toBe("Desk worker — daily reset");

    // Two saves of one new name at the same time: one template.
    const outcomes = await Promise.allSettled([1, 2, 3].map(async () => createPlanTemplate(database.db, await lee(), templateInput({ name: "Runner's legs" }))));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((row) => row.status === "rejected")) {
      expect((outcome.reason as InvalidInputError).status).toBe(409);
    }
    expect(await database.db.planTemplate.count({ where: { name: "Runner's legs" } })).toBe(1);
  });

  it("refuses unknown exercises, repeats in the same weeks and bad doses, storing nothing", async () => {
    const before = await stored();
    const catCow = templateInput().items[0]!;
    const unknown = templateInput({ name: "Unknown", items: [...templateInput().items, { ...catCow, exerciseSlug: "moonwalk" }] });
    expect((await refusal(createPlanTemplate(database.db, await lee(), unknown))).fields).toEqual({ items: ["No such exercise: moonwalk"] });
    const repeated = templateInput({ name: "Repeated", items: [catCow, { ...catCow, sets: 2 }] });
    expect((await refusal(createPlanTemplate(database.db, await lee(), repeated))).fields).toEqual({
      items: ["Cat and cow is in the plan twice for the same weeks (exercises 1 and 2). Remove one, or give them different weeks."],
    });
    const badDose = { ...templateInput({ name: "Bad dose" }), items: [{ ...catCow, daysPerWeek: 8 }] };
    expect((await refusal(createPlanTemplate(database.db, await lee(), badDose))).fields).toEqual({ items: ["The days per week can be at most 7."] });
    expect(await stored()).toEqual(before);
  });

  it("retiring takes a template out of the list; its name stays taken", async () => {
    const template = await createPlanTemplate(database.db, await lee(), templateInput({ name: "Short-lived" }));
    await retirePlanTemplate(database.db, await lee(), template.id);
    expect((await listPlanTemplates(database.db, await lee())).map((row) => row.id)).not.toContain(template.id);
    await expect(retirePlanTemplate(database.db, await lee(), template.id)).rejects.toBeInstanceOf(NotFoundError);
    const error = await refusal(createPlanTemplate(database.db, await lee(), templateInput({ name: "Short-lived" })));
    expect([error.status, error.fields]).toEqual([409, { name: ["A retired template of your clinic is already called “Short-lived”. Choose another name."] }]);
  });

  it("belongs to the clinic: another clinic's clinician, patients and the admin can neither see nor change it", async () => {
    const [riversides] = await listPlanTemplates(database.db, await lee());
    await expect(retirePlanTemplate(database.db, await kim(), riversides!.id)).rejects.toBeInstanceOf(NotFoundError);
    const before = await stored();
    for (const email of ["maria@riverside.example", "james@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(listPlanTemplates(database.db, viewer), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(createPlanTemplate(database.db, viewer, templateInput({ name: `From ${email}` })), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(retirePlanTemplate(database.db, viewer, riversides!.id), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await stored()).toEqual(before);
    expect((await listPlanTemplates(database.db, await lee())).map((row) => row.id)).toContain(riversides!.id);
  });
});
