import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { assignGuides, listGuideAssignments, markGuideOpened, unassignGuide } from "./guide-assignments";

describe("guide assignments", () => {
  const database = useTestDatabase();
  let mariaId: string;
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    await syncCatalog(database.db, loadLibrary());
    mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" } })).id;
  });

  it("a clinician assigns guides with a note; a retry stores nothing twice; the access is audited", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const input = { guides: ["low-back-pain", "preventing-back-pain"], note: "Read the first one this week." };
    expect(await assignGuides(database.db, lee, mariaId, input)).toEqual({ assigned: 2 });
    expect(await assignGuides(database.db, lee, mariaId, input)).toEqual({ assigned: 0 });
    const list = await listGuideAssignments(database.db, lee, mariaId);
    expect(list.map((row) => row.guideSlug).sort()).toEqual(["low-back-pain", "preventing-back-pain"]);
    expect(list[0]).toMatchObject({ note: "Read the first one this week.", assignedByName: "Dr. Jordan Lee", firstOpenedAt: null });
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, action: "patient.guides.assign" } })).toBe(2);
  });

  it("names an unknown guide and assigns nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await database.db.guideAssignment.count();
    await expect(assignGuides(database.db, lee, mariaId, { guides: ["sciatica", "no-such-guide"] })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await database.db.guideAssignment.count()).toBe(before);
  });

  it("the patient sees unread guides first, and opening one is recorded for the clinician", async () => {
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await markGuideOpened(database.db, maria, "preventing-back-pain");
    const mine = await listGuideAssignments(database.db, maria, mariaId);
    expect(mine.map((row) => [row.guideSlug, row.firstOpenedAt !== null])).toEqual([
      ["low-back-pain", false],
      ["preventing-back-pain", true],
    ]);
    // Reading one's own guides is not an access by someone else.
    expect(await database.db.auditEvent.count({ where: { patientId: mariaId, actorId: maria.userId } })).toBe(0);
  });

  it("unassigning keeps the history for the clinician and hides the guide from the patient", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const [first] = (await listGuideAssignments(database.db, lee, mariaId)).filter((row) => row.guideSlug === "low-back-pain");
    await unassignGuide(database.db, lee, mariaId, first!.id);
    await expect(unassignGuide(database.db, lee, mariaId, first!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listGuideAssignments(database.db, lee, mariaId)).find((row) => row.id === first!.id)?.unassignedAt).not.toBeNull();
    const maria = await viewerFor(database.db, "maria@riverside.example");
    expect((await listGuideAssignments(database.db, maria, mariaId)).map((row) => row.guideSlug)).toEqual(["preventing-back-pain"]);
  });

  it("nobody else can see or change them", async () => {
    for (const email of ["kim@harbor.example", "james@riverside.example", "admin@riverside.example"]) {
      const viewer = await viewerFor(database.db, email);
      await expect(listGuideAssignments(database.db, viewer, mariaId), email).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignGuides(database.db, viewer, mariaId, { guides: ["sciatica"] }), email).rejects.toBeInstanceOf(NotFoundError);
    }
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await expect(assignGuides(database.db, maria, mariaId, { guides: ["sciatica"] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
