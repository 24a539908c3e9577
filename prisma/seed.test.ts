import { describe, expect, it } from "vitest";
import { verifyPassword } from "../lib/auth/password";
import { loadLibrary } from "../lib/content/load-library";
import { syncCatalog } from "../lib/content/sync-catalog";
import { useTestDatabase } from "../lib/testing/test-database";
import { DEMO_CLINICS, demoSignIns, seedDemoData } from "./seed";

describe("seedDemoData", () => {
  const database = useTestDatabase();
  const now = new Date("2026-11-24T15:00:00Z");

  it("creates the two demo clinics with their staff and patients", async () => {
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const clinics = await database.db.clinic.findMany({ include: { users: true }, orderBy: { slug: "asc" } });
    expect(clinics.map((clinic) => clinic.name)).toEqual(["Harbor Physio", "Riverside Spine Clinic"]);
    const riverside = clinics.find((clinic) => clinic.slug === "riverside")!;
    expect(riverside.users.filter((user) => user.role === "PATIENT")).toHaveLength(6);
    expect(riverside.users.filter((user) => user.role === "CLINICIAN").map((user) => user.email).sort()).toEqual([
      "lee@riverside.example",
      "patel@riverside.example",
    ]);
    const noah = await database.db.user.findUniqueOrThrow({ where: { email: "noah@harbor.example" } });
    expect(noah.clinicId).toBe(clinics.find((clinic) => clinic.slug === "harbor")!.id);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await Promise.all([database.db.user.count(), database.db.episode.count(), database.db.clinic.count()]);
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const after = await Promise.all([database.db.user.count(), database.db.episode.count(), database.db.clinic.count()]);
    expect(after).toEqual(before);
    expect(after).toEqual([demoSignIns().length, 7, 2]);
  });

  it("gives episodes of different ages, dated in the clinic's time zone", async () => {
    const maria = await database.db.episode.findFirstOrThrow({ where: { patient: { user: { email: "maria@riverside.example" } } } });
    // 2026-11-24 in New York, 5 days earlier.
    expect(maria.onsetDate.toISOString().slice(0, 10)).toBe("2026-11-19");
    const tom = await database.db.episode.findFirstOrThrow({ where: { patient: { user: { email: "tom@riverside.example" } } } });
    expect(tom.onsetDate.toISOString().slice(0, 10)).toBe("2026-06-25");
    const ages = DEMO_CLINICS.flatMap((clinic) => clinic.patients.map((patient) => patient.onsetDaysAgo));
    expect(ages.some((days) => days < 28) && ages.some((days) => days >= 28 && days < 84) && ages.some((days) => days >= 84)).toBe(true);
  });

  it("stores only a hash of the demo password, which verifies", async () => {
    const lee = await database.db.user.findUniqueOrThrow({ where: { email: "lee@riverside.example" } });
    expect(lee.passwordHash).not.toContain("backtrack-demo");
    expect(await verifyPassword("backtrack-demo", lee.passwordHash!)).toBe(true);
  });
});

describe("seedDemoData with the clinical library synced", () => {
  const database = useTestDatabase();

  it("gives some demo patients guides with a note from their clinician, once", async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    await seedDemoData(database.db, { password: "backtrack-demo" });
    const maria = await database.db.guideAssignment.findMany({
      where: { patient: { user: { email: "maria@riverside.example" } } },
      select: { guide: { select: { slug: true } }, assignedBy: { select: { email: true } }, note: true },
    });
    expect(maria.map((row) => row.guide.slug).sort()).toEqual(["low-back-pain", "preventing-back-pain"]);
    expect(maria.every((row) => row.assignedBy.email === "lee@riverside.example" && row.note)).toBe(true);
    const noah = await database.db.guideAssignment.findFirstOrThrow({ where: { patient: { user: { email: "noah@harbor.example" } } }, select: { assignedBy: { select: { email: true } } } });
    expect(noah.assignedBy.email).toBe("kim@harbor.example");
  });
});
