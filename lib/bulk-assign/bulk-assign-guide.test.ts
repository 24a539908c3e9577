import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { bulkAssignGuide, previewBulkAssignGuide } from "./bulk-assign-guide";

describe("bulk guide assignment", () => {
  const database = useTestDatabase();
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of ["maria", "james", "aisha", "tom"]) ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
    ids.kimsPatient = (await database.db.user.findFirstOrThrow({ where: { role: "PATIENT", clinic: { slug: { not: "riverside" } } } })).id;
  });
  const activeLowBack = (patientId: string) => database.db.guideAssignment.count({ where: { patientId, unassignedAt: null, guide: { slug: "low-back-pain" } } });

  it("previews who gets the guide and who already has it, storing nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await database.db.guideAssignment.count();
    const preview = await previewBulkAssignGuide(database.db, lee, { patientIds: [ids.maria!, ids.james!], guideSlug: "low-back-pain" });
    // Maria's demo guides include low back pain.
    expect(preview.rows).toEqual([
      { patientId: ids.maria, name: "Maria Lopez", outcome: "already has it" },
      { patientId: ids.james, name: "James Carter", outcome: "gets it" },
    ]);
    expect(preview.assigned).toBe(1);
    expect(await database.db.guideAssignment.count()).toBe(before);
  });

  it("assigns to everyone who lacks it in one request, audits each, and a retry stores nothing twice", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const requestId = crypto.randomUUID();
    const input = { patientIds: [ids.maria!, ids.james!, ids.aisha!], guideSlug: "low-back-pain", note: "For everyone in the Tuesday class.", requestId };
    const first = await bulkAssignGuide(database.db, lee, input);
    expect(first.assigned).toBe(2);
    expect(await bulkAssignGuide(database.db, lee, input)).toEqual(first);
    for (const name of ["maria", "james", "aisha"]) expect(await activeLowBack(ids[name]!), name).toBe(1);
    const audited = await database.db.auditEvent.findMany({ where: { action: "patient.guides.assign", actorId: lee.userId }, select: { patientId: true } });
    expect(audited.map((event) => event.patientId).sort()).toEqual([ids.james, ids.aisha].sort());
  });

  it("refuses the whole request when one patient is not the clinician's, and stores nothing", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const before = await database.db.guideAssignment.count();
    const request = bulkAssignGuide(database.db, lee, { patientIds: [ids.tom!, ids.kimsPatient!], guideSlug: "sciatica", requestId: crypto.randomUUID() });
    await expect(request).rejects.toMatchObject({ fields: { patientIds: [expect.stringContaining("1 of the chosen patients were not found")] } });
    expect(await database.db.guideAssignment.count()).toBe(before);
  });

  it("names the field for an unknown guide or an empty choice, and refuses patients and admins", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    await expect(previewBulkAssignGuide(database.db, lee, { patientIds: [ids.tom!], guideSlug: "no-such-guide" })).rejects.toMatchObject({ fields: { guideSlug: ["No such guide: no-such-guide."] } });
    await expect(previewBulkAssignGuide(database.db, lee, { patientIds: [], guideSlug: "sciatica" })).rejects.toBeInstanceOf(InvalidInputError);
    const maria = await viewerFor(database.db, "maria@riverside.example");
    await expect(previewBulkAssignGuide(database.db, maria, { patientIds: [ids.maria!], guideSlug: "sciatica" })).rejects.toBeInstanceOf(NotFoundError);
    const admin = await viewerFor(database.db, "admin@riverside.example");
    await expect(bulkAssignGuide(database.db, admin, { patientIds: [ids.maria!], guideSlug: "sciatica", requestId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  });
});
