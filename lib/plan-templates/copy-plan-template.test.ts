import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { NotFoundError } from "../errors/domain-errors";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { duplicatePlanTemplate, revisePlanTemplate } from "./copy-plan-template";
import { listPlanTemplates } from "./list-plan-templates";
import { templateAsInput } from "./template-as-input";

describe("duplicating and editing a clinic template", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });
  const lee = () => viewerFor(database.db, "lee@riverside.example");
  const firstTemplate = async () => (await listPlanTemplates(database.db, await lee()))[0]!;

  it("duplicates a template under a new name with the same exercises and texts; a taken name is refused with 409", async () => {
    const source = await firstTemplate();
    const copy = await duplicatePlanTemplate(database.db, await lee(), source.id, { name: "My copy" });
    expect(copy).toEqual({ ...source, id: copy.id, name: "My copy" });
    const error = await refusal(duplicatePlanTemplate(database.db, await lee(), source.id, { name: source.name.toUpperCase() }));
    expect([error.status, Object.keys(error.fields)]).toEqual([409, ["name"]]);
  });

  it("an edit becomes a new template and retires the old one; plans made from it keep their items", async () => {
    const viewer = await lee();
    const before = await firstTemplate();
    const planItemsBefore = await database.db.exercisePlanItem.count();
    const input = templateAsInput(before);
    const edited = await revisePlanTemplate(database.db, viewer, before.id, { ...input, description: "Edited.", items: input.items.slice(1) });
    expect(edited).toMatchObject({ name: before.name, description: "Edited." });
    expect(edited.items).toEqual(before.items.slice(1));
    const listed = await listPlanTemplates(database.db, viewer);
    expect(listed.map((row) => row.id)).toContain(edited.id);
    expect(listed.map((row) => row.id)).not.toContain(before.id);
    const old = await database.db.planTemplate.findUniqueOrThrow({ where: { id: before.id }, select: { retiredAt: true, name: true, _count: { select: { items: true } } } });
    expect(old.retiredAt).not.toBeNull();
    expect(old.name).toMatch(new RegExp(`^${before.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(replaced `));
    expect(old._count.items).toBe(before.items.length);
    expect(await database.db.exercisePlanItem.count()).toBe(planItemsBefore);
    // The old one is no longer in use: editing it again is refused.
    await expect(revisePlanTemplate(database.db, viewer, before.id, input)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another clinic's clinician, patients and admins can neither copy nor edit it", async () => {
    const template = await firstTemplate();
    const count = await database.db.planTemplate.count();
    for (const email of ["kim@harbor.example", "maria@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(duplicatePlanTemplate(database.db, viewer, template.id, { name: `Copy by ${email}` }), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(revisePlanTemplate(database.db, viewer, template.id, templateAsInput(template)), email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await database.db.planTemplate.count()).toBe(count);
  });
});
