import { randomUUID } from "node:crypto";
import { startConversation } from "../messages/conversations";
import { addReplyTemplate } from "../messages/reply-templates";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { seedDemoData } from "../../prisma/seed";
import type { TViewer } from "../auth/viewer-types";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { assignGuides } from "../assignments/guide-assignments";
import { ZCheckInInput } from "../checkins/check-in-input";
import { saveCheckIn } from "../checkins/save-check-in";
import { addDays, todayIn } from "../dates/calendar-date";
import { getTodayExercises } from "../exercise-log/get-today-exercises";
import { createPlan } from "../plans/create-plan";
import { ZPlanItemInput } from "../plans/plan-input";
import { hostileRawBody, hostileString, hostileText, mutatedObject, type TRawBody } from "../../tools/testing/hostile-input";
import { changedTables, tableFingerprint } from "../../tools/testing/table-fingerprint";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import type { TEndpointContract, TEndpointRole } from "./endpoint-contract";
import { ENDPOINTS } from "../openapi/endpoints";
import { getCurrentDocuments } from "../clinic-records/clinic-documents";

/*
 * Every JSON endpoint that takes input, called through its real route handler
 * on the real test database with hostile input. A refusal must be a 4xx in the
 * API's error shape that names the problem, and must leave every table as it
 * was; nothing may ever answer 5xx. Only the session lookup is replaced (the
 * signed-in viewer comes from the database, as getViewer would give it).
 */
const signedIn = vi.hoisted(() => ({ viewer: null as TViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => signedIn.viewer, getTwoFactorViewer: async () => signedIn.viewer }));

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const ORIGIN = "http://localhost:3000";
const VIEWERS: Record<Exclude<TEndpointRole, "public">, string> = {
  ADMIN: "admin@riverside.example",
  CLINICIAN: "lee@riverside.example",
  // James has a plan, exercise logs and check-ins: valid-looking input reaches the deepest code.
  PATIENT: "james@riverside.example",
};

interface Fixture {
  viewers: Partial<Record<TEndpointRole, TViewer>>;
  ids: Record<string, string>;
  today: string;
  exerciseSlug: string;
  consentVersionIds: string[];
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** `/api/v1/patients/{patientId}` -> the handler exported by app/api/v1/patients/[patientId]/route.ts. */
async function routeHandler(contract: TEndpointContract): Promise<Handler> {
  const file = path.resolve("app", `.${contract.path.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");
  const routeModule = (await import(file)) as Record<string, Handler | undefined>;
  const handler = routeModule[contract.method.toUpperCase()];
  if (!handler) throw new Error(`${file} exports no ${contract.method.toUpperCase()}`);
  return handler;
}

/** Valid-looking bodies, so hostile values also reach the checks after the schema (and the database). */
function validBody(contract: TEndpointContract, fixture: Fixture): fc.Arbitrary<Record<string, unknown>> | null {
  const item = { exerciseSlug: fixture.exerciseSlug, sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5 };
  const bodies: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
    "/api/v1/account/password": fc.constant({ currentPassword: "backtrack-demo", newPassword: "a new Str0ng passphrase" }),
    "/api/v1/invitations/accept": fc.constant({ token: "A".repeat(43), password: "a new Str0ng passphrase" }),
    "/api/v1/password-reset": fc.constant({ email: "nobody-here@example.com" }),
    "/api/v1/password-reset/complete": fc.constant({ token: "A".repeat(43), password: "a new Str0ng passphrase" }),
    "/api/v1/setup-code": fc.constant({ email: "nobody-here@example.com", code: "AAAA-AAAA-AAAA", password: "a new Str0ng passphrase" }),
    "/api/v1/account/two-factor/confirm": fc.constant({ code: "123456" }),
    "/api/v1/account/two-factor/verify": fc.constant({ code: "123456" }),
    "/api/v1/patients": fc.record({
      name: fc.constant("Fuzz Patient"),
      email: fc.uuid().map((id) => `fuzz-${id}@example.com`),
      dateOfBirth: fc.constant("1980-01-01"),
      onsetDate: fc.constant("2025-01-01"),
      primaryCondition: fc.constant("LOW_BACK_PAIN"),
      timeZone: fc.constant("America/New_York"),
    }),
    "/api/v1/staff": fc.record({ name: fc.constant("Fuzz Clinician"), email: fc.uuid().map((id) => `staff-${id}@example.com`) }),
    "/api/v1/staff/{userId}/active": fc.constant({ active: true }),
    "/api/v1/patients/{patientId}/active": fc.constant({ active: true }),
    "/api/v1/patients/{patientId}/guides": fc.constant({ guides: ["low-back-pain"], note: "Read this first." }),
    "/api/v1/patients/{patientId}/notes": fc.constant({ body: "Called the patient." }),
    "/api/v1/patients/{patientId}/flare-up-plan": fc.constant({ earlySigns: "Stiff in the morning.", whatHelps: "Short walks and heat.", whenToGetHelp: null }),
    "/api/v1/patients/{patientId}/episodes": fc.constant({ onsetDate: "2025-06-01", primaryCondition: "SCIATICA" }),
    "/api/v1/patients/{patientId}/episodes/current": fc.constant({ onsetDate: "2025-06-01", primaryCondition: "SCIATICA" }),
    "/api/v1/patients/{patientId}/plans": fc.record({ title: fc.constant("Fuzz plan"), startDate: fc.constant(fixture.today), items: fc.constant([item]), requestId: fc.uuid() }),
    "/api/v1/patients/{patientId}/plans/{planId}/versions": fc.record({ title: fc.constant("Fuzz plan"), items: fc.constant([item]), requestId: fc.uuid() }),
    "/api/v1/plan-templates": fc.constant({ name: "Fuzz template", items: [item] }),
    "/api/v1/plan-templates/{templateId}/duplicate": fc.uuid().map((id) => ({ name: `Fuzz copy ${id}` })),
    "/api/v1/plan-templates/{templateId}/revisions": fc.uuid().map((id) => ({ name: `Fuzz edit ${id}`, items: [item] })),
    "/api/v1/patients/{patientId}/exercise-log": fc.constant({ planItemId: fixture.ids.planItemId, date: fixture.today, outcome: "DONE", painDuring: 3 }),
    "/api/v1/patients/{patientId}/exercise-log/undo": fc.constant({ planItemId: fixture.ids.planItemId, date: fixture.today }),
    "/api/v1/patients/{patientId}/alerts/{alertId}/review": fc.constant({ outcome: "NO_ACTION_NEEDED", note: "Checked by phone." }),
    "/api/v1/patients/{patientId}/check-ins": fc.record({ date: fc.constant(fixture.today), painNow: fc.integer({ min: 0, max: 10 }), note: fc.constant("ok"), requestId: fc.uuid() }),
    "/api/v1/conversations": fc.record({ patientId: fc.constant(fixture.ids.patientId), topic: fc.constant("GENERAL"), body: fc.constant("How are the exercises going?"), requestId: fc.uuid() }),
    "/api/v1/conversations/{conversationId}": fc.constant({ status: "OPEN" }),
    "/api/v1/conversations/{conversationId}/messages": fc.record({ body: fc.constant("Thanks, that helps."), requestId: fc.uuid() }),
    "/api/v1/conversations/{conversationId}/read": fc.constant({}),
    "/api/v1/reply-templates": fc.constant({ title: "Fuzz reply", body: "Thanks for your message." }),
    "/api/v1/push/subscriptions": fc.constant(
      contract.method === "delete"
        ? { endpoint: "http://127.0.0.1:9/push/fuzz" }
        : { endpoint: "http://127.0.0.1:9/push/fuzz", keys: { p256dh: "BN9cDH0XOq1MIK3H5w8iZr14EcAS5E-7FhNkm_SDtzStm9mEASBF1q-gMJcfew_MPwTqpOU8LQUsIxVRr8ayJyU", auth: "0XrXkwnrhdIncPbs-lHg6A" } },
    ),
    "/api/v1/clinic/settings": fc.constant({
      name: "Riverside Spine Clinic",
      timeZone: "America/New_York",
      acuteWeeks: 4,
      emergencyNumber: "911",
      phone: "+1 555 0100",
      openingHours: null,
      replyTimeText: "within 2 working days",
      outOfHoursText: null,
      retentionYears: 8,
    }),
    "/api/v1/clinic/documents": fc.constant({ kind: "TERMS", title: "Fuzz terms", body: "These are the terms for the fuzzing run, in plain words." }),
    // The current versions, read again after each accepted request (publishing a new one replaces them).
    "/api/v1/patients/{patientId}/consent": fc.constant({ documentVersionIds: fixture.consentVersionIds }),
    "/api/v1/patients/{patientId}/care-team": fc.constant({ clinicianIds: [fixture.viewers.CLINICIAN?.userId ?? "missing"] }),
    "/api/v1/me/reminders": fc.constant({ reminderTime: "18:00", days: [1, 3, 5], quietStart: "", quietEnd: "", pauseDays: null, digestTime: "08:00", timeZone: "UTC", off: [] }),
    "/api/v1/test-hooks/reminder-scan": fc.constant({ asOf: "2026-06-10T18:00:00Z" }),
    "/api/v1/patients/{patientId}/questionnaires": fc.record({ instrumentId: fc.constant("psfs"), answers: fc.constant({ activity: [{ name: "Walking", rating: 5 }] }), requestId: fc.uuid() }),
    "/api/v1/patients/{patientId}/questionnaires/schedule": fc.constant({ intervalDays: 21 }),
    "/api/v1/patients/{patientId}/plan-reviews/{taskId}": fc.constant({ decision: "NO_CHANGE", note: "Improving on the new plan." }),
    "/api/v1/patients/{patientId}/discharge": fc.record({ finalQuestionnaires: fc.constant("SENT_TO_PATIENT"), selfManagementPlan: fc.constant("Keep walking daily."), requestId: fc.uuid() }),
    "/api/v1/patients/{patientId}/seen-again": fc.record({ note: fc.constant("It is back."), requestId: fc.uuid() }),
    // Valid in shape; a suggestion the patient's marks do not support is refused with 409 (the test's expectation below).
    "/api/v1/patients/{patientId}/progressions": fc.record({ planItemId: fc.constant(fixture.ids.planItemId), toExerciseSlug: fc.constant("bridge-march"), requestId: fc.uuid() }),
    "/api/v1/bulk/guide-assignments/preview": fc.constant({ patientIds: [fixture.ids.patientId], guideSlug: "low-back-pain" }),
    "/api/v1/bulk/guide-assignments": fc.record({ patientIds: fc.constant([fixture.ids.patientId]), guideSlug: fc.constant("low-back-pain"), requestId: fc.uuid() }),
    "/api/v1/patients/import/preview": fc.constant({ rows: [{ name: "Fuzz Import", email: "fuzz-import@example.com", date_of_birth: "1980-01-01", onset: "2025-01-01", condition: "SCIATICA", time_zone: "Europe/London" }] }),
    "/api/v1/patients/import": fc.record({ rows: fc.uuid().map((id) => [{ ...{ name: "Fuzz Import", email: "fuzz-import@example.com", date_of_birth: "1980-01-01", onset: "2025-01-01", condition: "SCIATICA", time_zone: "Europe/London" }, email: `fuzz-import-${id}@example.com` }]), requestId: fc.uuid() }),
    "/api/v1/patients/{patientId}/medical-history": fc.oneof(fc.constant({ none: true }), fc.constant({ medicalHistory: ["PAST_CANCER", "OSTEOPOROSIS"] })),
  };
  return bodies[contract.path] ?? null;
}

const rowCount = (fingerprint: string | undefined) => Number(fingerprint?.split(":")[0] ?? 0);

function keysOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}

interface FuzzCall {
  role: TEndpointRole;
  params: Record<string, string>;
  query: Record<string, string>;
  body: TRawBody | null;
}

function callArbitrary(contract: TEndpointContract, fixture: Fixture): fc.Arbitrary<FuzzCall> {
  const role = fc.constantFrom(...contract.roles);
  // Each path parameter: the real record (so the body is checked too) or a hostile string.
  const params = fc.record(
    Object.fromEntries(keysOf(contract.params).map((name) => [name, fc.oneof({ weight: 3, arbitrary: fc.constant(fixture.ids[name] ?? "missing") }, { weight: 1, arbitrary: hostileString })])),
  ) as fc.Arbitrary<Record<string, string>>;
  const queryKeys = keysOf(contract.query);
  const query = queryKeys.length
    ? fc.dictionary(fc.oneof(fc.constantFrom(...queryKeys), hostileString), hostileString, { maxKeys: 4 })
    : fc.constant<Record<string, string>>({});
  const valid = validBody(contract, fixture);
  const json = (value: fc.Arbitrary<unknown>) => value.map((parsed): TRawBody => ({ contentType: "application/json", text: JSON.stringify(parsed) ?? "null" }));
  const body = contract.body
    ? fc.oneof(
        { weight: valid ? 3 : 0, arbitrary: json(valid ? mutatedObject(valid) : fc.constant({})) },
        { weight: valid ? 2 : 0, arbitrary: json(valid ? hostileText(valid) : fc.constant({})) },
        { weight: 2, arbitrary: json(mutatedObject(fc.constant(Object.fromEntries(keysOf(contract.body).map((key) => [key, "x"]))))) },
        { weight: 1, arbitrary: json(fc.jsonValue({ maxDepth: 4 })) },
        { weight: 2, arbitrary: hostileRawBody },
      )
    : fc.constant(null);
  return fc.record({ role, params, query, body });
}

function requestFor(contract: TEndpointContract, call: FuzzCall): Request {
  const url = new URL(`${ORIGIN}${contract.path}`);
  for (const [key, value] of Object.entries(call.query)) url.searchParams.append(key, value);
  const headers: Record<string, string> = { origin: ORIGIN };
  if (call.body?.contentType) headers["content-type"] = call.body.contentType;
  const init: RequestInit = { method: contract.method.toUpperCase(), headers };
  if (call.body && contract.method !== "get") init.body = call.body.text;
  return new Request(url, init);
}

const ZErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z_]+$/),
    message: z.string().min(5),
    fields: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  }),
});

describe("fuzzing every JSON endpoint with hostile input", () => {
  const database = useTestDatabase();
  const fixture: Fixture = { viewers: {}, ids: {}, today: "", exerciseSlug: "", consentVersionIds: [] };
  // For the record: the statuses each endpoint answered (2xx is valid-by-chance input, not checked for storage), and refusals that left an audit entry.
  const statuses: Record<string, Record<string, number>> = {};
  afterAll(() => {
    const lines = Object.entries(statuses).map(([name, seen]) => `  ${name}: ${Object.entries(seen).map(([status, count]) => `${status}×${count}`).join(" ")}`);
    console.info(`fuzzing answered:\n${lines.join("\n")}`);
  });
  const note = (name: string, status: string) => {
    statuses[name] ??= {};
    statuses[name][status] = (statuses[name][status] ?? 0) + 1;
  };

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", database.url);
    const db = database.db;
    await syncCatalog(db, loadLibrary());
    await seedDemoData(db, { password: "backtrack-demo" });
    for (const [role, email] of Object.entries(VIEWERS)) fixture.viewers[role as TEndpointRole] = await viewerFor(db, email);
    const james = fixture.viewers.PATIENT!;
    fixture.today = todayIn((await db.patientProfile.findUniqueOrThrow({ where: { userId: james.userId } })).timeZone);
    fixture.exerciseSlug = (await db.exercise.findFirstOrThrow({ select: { slug: true } })).slug;
    fixture.ids = {
      patientId: james.userId,
      templateId: (await db.planTemplate.findFirstOrThrow({ where: { clinicId: james.clinicId }, select: { id: true } })).id,
      userId: (await db.user.findUniqueOrThrow({ where: { email: "patel@riverside.example" }, select: { id: true } })).id,
      feed: `${"a".repeat(43)}.ics`,
    };
    await refreshRecords();

  });

  /**
   * James's own plan, guide and open alert behind the path parameters, so that
   * valid-looking input gets past "not found"; made again when an accepted
   * request (ending the plan, taking the guide back, reviewing the alert) used one up.
   */
  async function refreshRecords(): Promise<void> {
    const db = database.db;
    const james = fixture.viewers.PATIENT!;
    const lee = fixture.viewers.CLINICIAN!;
    let today = await getTodayExercises(db, james, james.userId);
    if (!today.planId || today.items.length === 0) {
      const item = { exerciseSlug: fixture.exerciseSlug, sets: 1, reps: 10, timesPerDay: 1, daysPerWeek: 7 };
      await createPlan(db, lee, james.userId, { title: "Fuzz fixture", startDate: fixture.today, instructions: null, items: [ZPlanItemInput.parse(item)], requestId: randomUUID(), saveAsTemplate: null });
      today = await getTodayExercises(db, james, james.userId);
    }
    if (!(await db.guideAssignment.count({ where: { patientId: james.userId, unassignedAt: null } }))) await assignGuides(db, lee, james.userId, { guides: ["sciatica"] });
    if (!(await db.redFlagAlert.count({ where: { patientId: james.userId, reviewedAt: null } }))) {
      await saveCheckIn(db, james, james.userId, ZCheckInInput.parse({ date: addDays(fixture.today, -1), painNow: 5, redFlags: ["FEVER"], requestId: randomUUID() }));
    }
    fixture.ids.planId = today.planId!;
    fixture.ids.planItemId = today.items[0]!.planItemId;
    fixture.ids.assignmentId = (await db.guideAssignment.findFirstOrThrow({ where: { patientId: james.userId, unassignedAt: null }, select: { id: true } })).id;
    fixture.ids.alertId = (await db.redFlagAlert.findFirstOrThrow({ where: { patientId: james.userId, reviewedAt: null }, select: { id: true } })).id;
    const conversation = await db.conversation.findFirst({ where: { patientId: james.userId }, select: { id: true } });
    fixture.ids.conversationId = conversation?.id ?? (await startConversation(db, james, { body: "A question for the fuzzer", requestId: randomUUID() })).conversationId;
    const reply = await db.replyTemplate.findFirst({ where: { clinicId: lee.clinicId, retiredAt: null }, select: { id: true } });
    fixture.ids.replyTemplateId = reply?.id ?? (await addReplyTemplate(db, lee, { title: "Fixture reply", body: "Thanks." })).id;
    fixture.consentVersionIds = (await getCurrentDocuments(db, james.clinicId)).map((document) => document.id);
    // An active episode to discharge, with an open plan review; a discharge to ask to be seen again after, and such a request to handle.
    if (!(await db.episode.count({ where: { patientId: james.userId, status: "ACTIVE" } }))) {
      await db.episode.create({ data: { patientId: james.userId, onsetDate: new Date(`${addDays(fixture.today, -3)}T00:00:00Z`), primaryCondition: "LOW_BACK_PAIN" } });
    }
    const episode = await db.episode.findFirstOrThrow({ where: { patientId: james.userId, status: "ACTIVE" }, select: { id: true } });
    const task = await db.planReviewTask.findUnique({ where: { openFor: episode.id }, select: { id: true } });
    fixture.ids.taskId = (task ?? (await db.planReviewTask.create({ data: { patientId: james.userId, episodeId: episode.id, reason: "CHRONICITY_RISK", openFor: episode.id }, select: { id: true } }))).id;
    if (!(await db.discharge.count({ where: { patientId: james.userId } }))) {
      const other = await db.episode.create({ data: { patientId: james.userId, onsetDate: new Date(`${addDays(fixture.today, -300)}T00:00:00Z`), primaryCondition: "MUSCLE_STRAIN", status: "DISCHARGED" } });
      await db.discharge.create({ data: { episodeId: other.id, patientId: james.userId, dischargedOn: new Date(`${addDays(fixture.today, -200)}T00:00:00Z`), finalQuestionnaires: "RECORDED_AT_VISIT", selfManagementPlan: "Keep walking.", requestId: randomUUID() } });
    }
    const asked = await db.seenAgainRequest.findFirst({ where: { patientId: james.userId, handledAt: null }, select: { id: true } });
    fixture.ids.requestId = (asked ?? (await db.seenAgainRequest.create({ data: { patientId: james.userId, requestId: randomUUID() }, select: { id: true } }))).id;
  }

  const withInput = ENDPOINTS.filter((contract) => contract.params || contract.query || contract.body);

  it("the valid-looking bodies the fuzzer starts from are accepted (so hostile values reach past the schema)", async () => {
    for (const contract of withInput.filter((endpoint) => endpoint.body)) {
      const valid = validBody(contract, fixture);
      expect(valid, `${contract.path} needs a valid body to start from`).not.toBeNull();
      signedIn.viewer = fixture.viewers[contract.roles.includes("CLINICIAN") ? "CLINICIAN" : (contract.roles[0] as TEndpointRole)] ?? null;
      const call: FuzzCall = { role: "public", params: fixture.ids, query: {}, body: { contentType: "application/json", text: JSON.stringify(fc.sample(valid!, 1)[0]) } };
      const response = await (await routeHandler(contract))(requestFor(contract, call), { params: Promise.resolve(fixture.ids) });
      // Accepting an invitation or a reset needs a real link, and a two-factor code a secret the viewers have not set up: 409 is as deep as they get.
      // Applying a progression needs the patient's marks to suggest one: 409 too.
      const linkOrCode = ["/api/v1/invitations/accept", "/api/v1/password-reset/complete", "/api/v1/setup-code", "/api/v1/account/two-factor/confirm", "/api/v1/account/two-factor/verify", "/api/v1/patients/{patientId}/progressions"];
      // The scan hook is off unless BACKTRACK_TEST_HOOKS=1 (the browser tests): 404, as for any unknown route.
      const expected = linkOrCode.includes(contract.path) ? 409 : contract.path === "/api/v1/test-hooks/reminder-scan" ? 404 : 200;
      expect(response.status, `${contract.method} ${contract.path}: ${await response.text()}`).toBe(expected);
      await refreshRecords();
    }
  });

  it.each(withInput.map((contract) => [`${contract.method.toUpperCase()} ${contract.path}`, contract] as const))(
    "%s: a 4xx naming the problem and nothing stored, never a 5xx",
    async (name, contract) => {
      const handler = await routeHandler(contract);
      await refreshRecords();
      await fc.assert(
        fc.asyncProperty(callArbitrary(contract, fixture), async (call) => {
          signedIn.viewer = call.role === "public" ? null : fixture.viewers[call.role]!;
          const before = await tableFingerprint(database.db);
          const response = await handler(requestFor(contract, call), { params: Promise.resolve(call.params) });
          const text = await response.text();
          expect(response.status, text.slice(0, 500)).toBeLessThan(500);
          note(name, String(response.status));
          if (response.status < 300) return;
          expect(response.status).toBeGreaterThanOrEqual(400);
          const parsed = ZErrorBody.safeParse(JSON.parse(text));
          expect(parsed.success, text.slice(0, 500)).toBe(true);
          expect(text).not.toMatch(/prisma|invocation|SQLSTATE|\bat .+:\d+:\d+/i);
          const after = await tableFingerprint(database.db);
          // Bookkeeping, not a record: the audit trail, and the attempt counter a wrong current password adds to (lib/auth/change-password.ts).
          const bookkeeping = new Set(["AuditEvent", "SignInThrottle"]);
          expect(changedTables(before, after).filter((table) => !bookkeeping.has(table)), `refused with ${response.status}, yet stored`).toEqual([]);
          // Refused after the access check, a clinician's attempt is on the audit trail (by design, lib/auth/access.ts): one entry, nothing else.
          expect(rowCount(after.AuditEvent) - rowCount(before.AuditEvent), "audit entries for one refused request").toBeLessThanOrEqual(1);
          if (after.AuditEvent !== before.AuditEvent) note(name, `${response.status}+audit`);
        }),
        { numRuns: NUM_RUNS },
      );
    },
  );
});
