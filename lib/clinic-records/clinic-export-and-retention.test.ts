import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { NotFoundError } from "../errors/domain-errors";
import { readCsvText } from "../exports/csv";
import type { TFhirLinks } from "../fhir/fhir-links";
import { buildClinicExport, zipClinicExport } from "./build-clinic-export";
import { CLINIC_EXPORT_TABLES } from "./clinic-export-tables";
import { getCurrentDocuments } from "./clinic-documents";
import { confirmRetentionDeletion, getRetentionReview, runRetentionReview } from "./retention-review";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };

function parseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: "," });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("full clinic export", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("holds every table of the clinic with the database's row counts, one FHIR bundle per patient, a README, and nothing of another clinic or any secret", async () => {
    const db = database.db;
    const admin = await viewerFor(db, "admin@riverside.example");
    const clinicId = admin.clinicId;
    await getCurrentDocuments(db, clinicId);
    // A note a spreadsheet would run: it must come out as text.
    const maria = await viewerFor(db, "maria@riverside.example");
    const lee = await viewerFor(db, "lee@riverside.example");
    await db.clinicianNote.create({ data: { patientId: maria.userId, authorId: lee.userId, body: "=HYPERLINK(\"https://evil.example\")" } });
    await db.user.update({ where: { id: lee.userId }, data: { twoFactorSecret: "SECRET-TOTP-MARKER" } });

    const archive = unzipSync(zipClinicExport(await buildClinicExport(db, admin, links)));
    const text = (name: string) => strFromU8(archive[name]!);
    const ofClinic = { patient: { user: { clinicId } } };
    const expected: Record<string, number> = {
      "clinic.csv": 1,
      "staff.csv": await db.user.count({ where: { clinicId, role: { in: ["ADMIN", "CLINICIAN"] } } }),
      "patients.csv": await db.user.count({ where: { clinicId, role: "PATIENT" } }),
      "episodes.csv": await db.episode.count({ where: ofClinic }),
      "check-ins.csv": await db.checkIn.count({ where: ofClinic }),
      "red-flag-alerts.csv": await db.redFlagAlert.count({ where: ofClinic }),
      "exercise-plans.csv": await db.exercisePlan.count({ where: ofClinic }),
      "exercise-plan-items.csv": await db.exercisePlanItem.count({ where: { version: { plan: ofClinic } } }),
      "exercise-logs.csv": await db.exerciseLog.count({ where: ofClinic }),
      "guide-assignments.csv": await db.guideAssignment.count({ where: ofClinic }),
      "clinician-notes.csv": await db.clinicianNote.count({ where: ofClinic }),
      "flare-up-plans.csv": await db.flareUpPlan.count({ where: ofClinic }),
      "plan-templates.csv": await db.planTemplate.count({ where: { clinicId } }),
      "clinic-documents.csv": await db.clinicDocumentVersion.count({ where: { clinicId } }),
      "consent-acceptances.csv": await db.consentAcceptance.count({ where: { documentVersion: { clinicId } } }),
    };
    expect(expected["check-ins.csv"]).toBeGreaterThan(50);
    for (const [file, count] of Object.entries(expected)) expect([file, parseCsv(text(file)).length]).toEqual([file, count]);
    // Every column a query returns is in the file, and no more: the declared columns cannot drift from the queries.
    for (const table of CLINIC_EXPORT_TABLES) {
      const rows = await table.rows(db, clinicId);
      if (rows[0]) expect([table.file, Object.keys(rows[0]).sort()]).toEqual([table.file, [...table.columns].sort()]);
      // Even an empty table has its header.
      expect(text(table.file).split("\r\n")[0]).toBe(table.columns.map((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)).join(","));
    }
    // The audit trail grows as the export is built (the export's own event comes after its CSV was written).
    expect(parseCsv(text("audit-events.csv")).length).toBe((await db.auditEvent.count({ where: { clinicId } })) - 1);

    const patientIds = parseCsv(text("patients.csv")).map((row) => row.id!);
    const bundles = Object.keys(archive).filter((name) => name.startsWith("fhir/"));
    expect(bundles.sort()).toEqual(patientIds.map((id) => `fhir/${id}.json`).sort());
    const bundle = JSON.parse(text(`fhir/${maria.userId}.json`)) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry.some((entry) => entry.resource.resourceType === "Patient")).toBe(true);

    const everything = Object.values(archive).map((bytes) => strFromU8(bytes)).join("\n");
    const others = await db.user.findMany({ where: { clinicId: { not: clinicId } }, select: { id: true, email: true } });
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      expect(everything).not.toContain(other.id);
      expect(everything).not.toContain(other.email);
    }
    const hashes = await db.user.findMany({ where: { clinicId, passwordHash: { not: null } }, select: { passwordHash: true } });
    for (const { passwordHash } of hashes) expect(everything).not.toContain(passwordHash!);
    expect(everything).not.toContain("SECRET-TOTP-MARKER");
    expect(everything).not.toMatch(/password_hash|two_factor_secret|token_hash/);

    const note = parseCsv(text("clinician-notes.csv")).find((row) => row.body?.includes("HYPERLINK"))!;
    expect(note.body!.startsWith("'=")).toBe(true);
    expect(readCsvText(note.body!)).toBe("=HYPERLINK(\"https://evil.example\")");
    expect(text("README.md")).toContain("check-ins.csv");

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "clinic.export.download", actorId: admin.userId } });
    expect(event.subjectIds.sort()).toEqual(patientIds.sort());
  });

  it("is the admin's alone", async () => {
    await expect(buildClinicExport(database.db, await viewerFor(database.db, "lee@riverside.example"), links)).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildClinicExport(database.db, await viewerFor(database.db, "maria@riverside.example"), links)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("retention review", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("lists (never deletes) patients whose last activity is older than the clinic's period, once per run day; the admin sees ids and invitation dates only", async () => {
    const db = database.db;
    const admin = await viewerFor(db, "admin@riverside.example");
    const maria = await viewerFor(db, "maria@riverside.example");
    const tom = await viewerFor(db, "tom@riverside.example");
    const asOf = new Date("2026-12-01T03:00:00Z");
    // Maria was new with nothing yet: move her whole record nine years back. Everyone else was active this year.
    await db.user.update({ where: { id: maria.userId }, data: { createdAt: new Date("2017-01-10T00:00:00Z") } });
    await db.episode.updateMany({ where: { patientId: maria.userId }, data: { onsetDate: new Date("2017-01-05T00:00:00Z"), closedAt: new Date("2017-05-01T00:00:00Z"), status: "CLOSED" } });
    await db.checkIn.deleteMany({ where: { patientId: maria.userId } });
    await db.exerciseLog.deleteMany({ where: { patientId: maria.userId } });
    // Tom joined long ago too, but checked in recently: last activity, not joining, counts.
    await db.user.update({ where: { id: tom.userId }, data: { createdAt: new Date("2015-01-01T00:00:00Z") } });

    const patientsBefore = await db.user.count({ where: { role: "PATIENT" } });
    await runRetentionReview(db, asOf);
    await runRetentionReview(db, asOf);
    expect(await db.retentionReview.count({ where: { clinicId: admin.clinicId } })).toBe(1);
    expect(await db.user.count({ where: { role: "PATIENT" } })).toBe(patientsBefore);

    const view = await getRetentionReview(db, admin);
    const listed = view.review!.patients.map((row) => row.patientId);
    expect(listed).toContain(maria.userId);
    expect(listed).not.toContain(tom.userId);
    expect(listed).toHaveLength(1);
    expect(view.review).toMatchObject({ asOf: "2026-12-01", retentionYears: 8, total: 1, confirmed: 0 });
    expect(Object.keys(view.review!.patients[0]!).sort()).toEqual(["confirmedForDeletionOn", "invitedOn", "patientId"]);
    expect(JSON.stringify(view)).not.toContain("Maria");

    // A longer period lists fewer.
    await db.clinic.update({ where: { id: admin.clinicId }, data: { retentionYears: 10 } });
    await runRetentionReview(db, new Date("2026-12-02T03:00:00Z"));
    expect((await getRetentionReview(db, admin)).review!.patients).toEqual([]);
    await db.clinic.update({ where: { id: admin.clinicId }, data: { retentionYears: 8 } });
    await runRetentionReview(db, new Date("2026-12-03T03:00:00Z"));
  });

  it("the admin confirms a listed record for deletion: recorded once, audited; not for other clinics or unlisted patients", async () => {
    const db = database.db;
    const admin = await viewerFor(db, "admin@riverside.example");
    const maria = await viewerFor(db, "maria@riverside.example");
    const james = await viewerFor(db, "james@riverside.example");
    const first = await confirmRetentionDeletion(db, admin, maria.userId);
    await confirmRetentionDeletion(db, admin, maria.userId);
    expect(await db.retentionDecision.count({ where: { patientId: maria.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "clinic.retention.confirm", subjectIds: { has: maria.userId } } })).toBe(1);
    expect((await getRetentionReview(db, admin)).review!.patients.find((row) => row.patientId === maria.userId)?.confirmedForDeletionOn).toBe(first.confirmedForDeletionOn);
    expect(await db.user.count({ where: { id: maria.userId } })).toBe(1);
    await expect(confirmRetentionDeletion(db, admin, james.userId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmRetentionDeletion(db, await viewerFor(db, "lee@riverside.example"), maria.userId)).rejects.toBeInstanceOf(NotFoundError);
    const harbor = await db.user.findFirstOrThrow({ where: { email: "kim@harbor.example" }, select: { clinicId: true } });
    await expect(getRetentionReview(db, await viewerFor(db, "maria@riverside.example"))).rejects.toBeInstanceOf(NotFoundError);
    expect(harbor.clinicId).not.toBe(admin.clinicId);
  });
});
