import { describe, expect, it } from "vitest";
import { verifyPassword } from "../lib/auth/password";
import { loadLibrary } from "../lib/content/load-library";
import { syncCatalog } from "../lib/content/sync-catalog";
import { addDays, fromDbDate, todayIn } from "../lib/dates/calendar-date";
import { ZWritePlanTemplate } from "../lib/plans/plan-input";
import { resolvePlanItems } from "../lib/plans/resolve-plan-items";
import { useTestDatabase } from "../lib/testing/test-database";
import { DEMO_CLINICS, DEMO_PLAN_TEMPLATES, demoSignIns, seedDemoData } from "./seed";

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
    // Templates and plans wait for the exercise library.
    expect([await database.db.planTemplate.count(), await database.db.exercisePlan.count()]).toEqual([0, 0]);
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
  const now = new Date();

  it("gives some demo patients guides with a note from their clinician, once", async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    await seedDemoData(database.db, { password: "backtrack-demo", now });
    const maria = await database.db.guideAssignment.findMany({
      where: { patient: { user: { email: "maria@riverside.example" } } },
      select: { guide: { select: { slug: true } }, assignedBy: { select: { email: true } }, note: true },
    });
    expect(maria.map((row) => row.guide.slug).sort()).toEqual(["low-back-pain", "preventing-back-pain"]);
    expect(maria.every((row) => row.assignedBy.email === "lee@riverside.example" && row.note)).toBe(true);
    const noah = await database.db.guideAssignment.findFirstOrThrow({ where: { patient: { user: { email: "noah@harbor.example" } } }, select: { assignedBy: { select: { email: true } } } });
    expect(noah.assignedBy.email).toBe("kim@harbor.example");
  });

  it("gives each clinic the three starter plan templates, once", async () => {
    const templates = await database.db.planTemplate.findMany({
      select: { name: true, retiredAt: true, clinic: { select: { slug: true } }, _count: { select: { items: true } } },
      orderBy: [{ clinic: { slug: "asc" } }, { name: "asc" }],
    });
    const names = ["Acute low back pain — first two weeks", "Sciatica — nerve glides and walking", "Spinal stenosis — flexion and walking"];
    expect(templates.map((template) => `${template.clinic.slug}: ${template.name}`)).toEqual([
      ...names.map((name) => `harbor: ${name}`),
      ...names.map((name) => `riverside: ${name}`),
    ]);
    expect(templates.every((template) => template.retiredAt === null && template._count.items >= 4)).toBe(true);
  });

  it("starts Aisha on the sciatica template two weeks ago, from Dr. Lee, once", async () => {
    const plans = await database.db.exercisePlan.findMany({
      where: { patient: { user: { email: "aisha@riverside.example" } } },
      select: {
        title: true,
        startDate: true,
        endedAt: true,
        episodeId: true,
        createdBy: { select: { email: true } },
        versions: { select: { number: true, effectiveFrom: true, items: { orderBy: { position: "asc" }, select: { exercise: { select: { slug: true } } } } } },
      },
    });
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    const start = addDays(todayIn("America/New_York", now), -14);
    expect(plan).toMatchObject({ title: "Sciatica — nerve glides and walking", endedAt: null, createdBy: { email: "lee@riverside.example" } });
    expect(plan!.episodeId).not.toBeNull();
    expect(fromDbDate(plan!.startDate)).toBe(start);
    expect(plan!.versions.map((version) => [version.number, fromDbDate(version.effectiveFrom)])).toEqual([[1, start]]);
    expect(plan!.versions[0]!.items.map((item) => item.exercise.slug)).toEqual(["sciatic-nerve-glide", "walking-program", "prone-on-elbows", "piriformis-stretch"]);
    expect(await database.db.exercisePlan.count()).toBe(1);
  });

  it("writes templates a clinician could have saved: valid input, known exercises, no overlapping repeats", async () => {
    for (const template of DEMO_PLAN_TEMPLATES) {
      const input = ZWritePlanTemplate.parse({ ...template, items: template.items.map(({ exercise, ...dose }) => ({ exerciseSlug: exercise, ...dose })) });
      await expect(resolvePlanItems(database.db, input.items), template.name).resolves.toHaveLength(template.items.length);
    }
  });
});
