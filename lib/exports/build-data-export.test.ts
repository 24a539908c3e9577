import type { Bundle } from "@medplum/fhirtypes";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { checkInViewSelect, toCheckInView } from "../checkins/check-in-view";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { fromDbDate } from "../dates/calendar-date";
import { NotFoundError } from "../errors/domain-errors";
import type { TFhirLinks } from "../fhir/fhir-links";
import { bundleValidationErrors } from "../../tools/testing/fhir/validate-fhir";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { CHECK_INS_FILE, EXERCISES_FILE, FHIR_FILE, MESSAGES_FILE, README_FILE, buildPatientDataExport, zipExport } from "./build-data-export";
import { readCsvText } from "./csv";
import { CHECK_IN_COLUMNS, EXERCISE_COMPLETION_COLUMNS, MESSAGE_COLUMNS } from "./export-columns";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };
const NOW = new Date("2026-11-25T15:00:00Z");

/** A CSV file back as rows of named cells, the text cells as they were before the formula guard. */
function readCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([name, cell]) => [name, readCsvText(cell)])));
}

const bool = (cell: string) => cell === "true";
const intOrNull = (cell: string) => (cell === "" ? null : Number(cell));
const list = (cell: string) => (cell === "" ? [] : cell.split(";"));

describe("download my data", () => {
  const database = useTestDatabase();
  const idOf = async (email: string) => (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo", now: NOW });
    // A note a spreadsheet would run as a formula, with a comma, quotes and a line break.
    const aishaId = await idOf("aisha@riverside.example");
    const latest = await database.db.checkIn.findFirstOrThrow({ where: { patientId: aishaId }, orderBy: { date: "desc" } });
    await database.db.checkIn.update({ where: { id: latest.id }, data: { note: '=HYPERLINK("http://x.example","hi"), then "ouch"\nnext line' } });
  });

  it("zips check-ins and exercise completions as CSV that read back as the database has them, with the FHIR bundle and a README", async () => {
    const aishaId = await idOf("aisha@riverside.example");
    const aisha = await viewerFor(database.db, "aisha@riverside.example");
    const dataExport = await buildPatientDataExport(database.db, aisha, aishaId, links, NOW);
    expect(dataExport.fileName).toBe("backtrack-data-2026-11-25.zip");
    const files = Object.fromEntries(Object.entries(unzipSync(zipExport(dataExport))).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect(Object.keys(files).sort()).toEqual([README_FILE, CHECK_INS_FILE, EXERCISES_FILE, MESSAGES_FILE, FHIR_FILE].sort());

    const stored = (await database.db.checkIn.findMany({ where: { patientId: aishaId }, orderBy: { date: "asc" }, select: checkInViewSelect })).map(toCheckInView);
    expect(stored.length).toBeGreaterThan(10);
    const rows = readCsv(files[CHECK_INS_FILE]!);
    expect(Object.keys(rows[0]!)).toEqual(CHECK_IN_COLUMNS.map((column) => column.name));
    expect(
      rows.map((row) => ({
        date: row.date,
        painNow: Number(row.pain_now),
        painAreas: list(row.pain_areas!),
        painSide: row.pain_side || null,
        belowKnee: bool(row.below_knee!),
        numbness: bool(row.numbness!),
        weakness: bool(row.weakness!),
        activityMinutes: intOrNull(row.activity_minutes!),
        sleepDisturbed: bool(row.sleep_disturbed!),
        tookPainMedicine: bool(row.took_pain_medicine!),
        pegPain: intOrNull(row.peg_pain!),
        pegEnjoyment: intOrNull(row.peg_enjoyment!),
        pegActivity: intOrNull(row.peg_activity!),
        redFlags: list(row.red_flags!),
        note: row.note || null,
      })),
    ).toEqual(
      stored.map((checkIn) => ({
        date: checkIn.date,
        painNow: checkIn.painNow,
        painAreas: checkIn.painAreas,
        painSide: checkIn.painSide,
        belowKnee: checkIn.belowKnee,
        numbness: checkIn.numbness,
        weakness: checkIn.weakness,
        activityMinutes: checkIn.activityMinutes,
        sleepDisturbed: checkIn.sleepDisturbed,
        tookPainMedicine: checkIn.tookPainMedicine,
        pegPain: checkIn.pegPain,
        pegEnjoyment: checkIn.pegEnjoyment,
        pegActivity: checkIn.pegActivity,
        redFlags: checkIn.redFlags,
        note: checkIn.note,
      })),
    );
    // Each row carries the level of its red flags (empty on Aisha's ordinary days).
    expect(rows.every((row) => row.red_flag_level === "")).toBe(true);
    const level = CHECK_IN_COLUMNS.find((column) => column.name === "red_flag_level")!;
    expect([["NIGHT_PAIN"], ["NIGHT_PAIN", "TRAUMA"], []].map((redFlags) => level.value({ ...stored[0]!, redFlags }))).toEqual(["URGENT", "EMERGENCY", null]);
    // The note is guarded in the file itself: a spreadsheet shows it as text.
    expect(files[CHECK_INS_FILE]).toContain(`"'=HYPERLINK(`);

    const logs = await database.db.exerciseLog.findMany({ where: { patientId: aishaId }, select: { date: true, outcome: true, painDuring: true, feel: true, skipReason: true, planItem: { select: { exercise: { select: { name: true } } } } } });
    expect(logs.length).toBeGreaterThan(5);
    const completions = readCsv(files[EXERCISES_FILE]!);
    expect(Object.keys(completions[0]!)).toEqual(EXERCISE_COMPLETION_COLUMNS.map((column) => column.name));
    const key = (row: { date: string; exercise: string; outcome: string; painDuring: number | null; feel: string | null; skipReason: string | null }) => JSON.stringify(row);
    expect(
      completions
        .map((row) => key({ date: row.date!, exercise: row.exercise!, outcome: row.outcome!, painDuring: intOrNull(row.pain_during!), feel: row.feel || null, skipReason: row.skip_reason || null }))
        .sort(),
    ).toEqual(
      logs
        .map((log) => key({ date: fromDbDate(log.date), exercise: log.planItem.exercise.name, outcome: log.outcome, painDuring: log.painDuring, feel: log.feel, skipReason: log.skipReason }))
        .sort(),
    );

    const bundle = JSON.parse(files[FHIR_FILE]!) as Bundle;
    expect(await bundleValidationErrors(bundle)).toEqual([]);
    expect(bundle.entry?.filter((entry) => entry.resource?.resourceType === "Observation" && entry.resource.code.coding?.[0]?.code === "72514-3")).toHaveLength(stored.length);

    const messages = await database.db.message.findMany({
      where: { conversation: { patientId: aishaId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { body: true, createdAt: true, author: { select: { id: true, name: true } } },
    });
    expect(messages.length).toBeGreaterThan(1);
    const messageRows = readCsv(files[MESSAGES_FILE]!);
    expect(Object.keys(messageRows[0]!)).toEqual(MESSAGE_COLUMNS.map((column) => column.name));
    expect(messageRows.map((row) => [row.sent_at, row.from, row.message])).toEqual(
      messages.map((message) => [message.createdAt.toISOString(), message.author.id === aishaId ? "you" : message.author.name, message.body]),
    );

    for (const column of [...CHECK_IN_COLUMNS, ...EXERCISE_COMPLETION_COLUMNS, ...MESSAGE_COLUMNS]) expect(files[README_FILE]).toContain(`\`${column.name}\``);
  });

  it("a clinician of the clinic downloads it with one audit entry; nobody else can", async () => {
    const aishaId = await idOf("aisha@riverside.example");
    const events = () => database.db.auditEvent.groupBy({ by: ["action"], where: { patientId: aishaId }, _count: true });
    const before = await events();
    await buildPatientDataExport(database.db, await viewerFor(database.db, "lee@riverside.example"), aishaId, links, NOW);
    const countOf = (rows: Awaited<ReturnType<typeof events>>, action: string) => rows.find((row) => row.action === action)?._count ?? 0;
    const after = await events();
    expect(countOf(after, "patient.export.download") - countOf(before, "patient.export.download")).toBe(1);
    expect(after.reduce((sum, row) => sum + row._count, 0) - before.reduce((sum, row) => sum + row._count, 0)).toBe(1);
    for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      await expect(buildPatientDataExport(database.db, await viewerFor(database.db, email), aishaId, links, NOW), email).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
