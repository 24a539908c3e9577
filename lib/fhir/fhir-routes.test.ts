import type { Bundle, Observation, OperationOutcome, Resource } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import type { TViewer } from "../auth/viewer-types";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { fromDbDate } from "../dates/calendar-date";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { FHIR_JSON, type TFhirRouteHandler } from "./fhir-route";
import { capabilityStatementRoute, observationSearchRoute, patientOperationRoute, pegQuestionnaireRoute, unknownFhirPath } from "./fhir-routes";
import { bundleValidationErrors, fhirValidationErrors } from "../../tools/testing/fhir/validate-fhir";

const ORIGIN = "http://localhost:3000";
const BASE = `${ORIGIN}/api/fhir/r4`;
const PAIN = encodeURIComponent("http://loinc.org|72514-3");

describe("the FHIR routes", () => {
  const database = useTestDatabase();
  const ids: Record<string, string> = {};
  const as = (email: string | null) => async () => (email ? viewerFor(database.db, email) : null);

  beforeAll(async () => {
    // Links follow the request's address unless the portal's public address is configured (tested below).
    vi.stubEnv("NEXTAUTH_URL", undefined);
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of ["maria", "james", "aisha"]) ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const deps = (viewer: () => Promise<TViewer | null>) => ({ db: () => database.db, viewer, now: () => new Date("2026-11-24T15:00:00Z") });

  async function call(route: TFhirRouteHandler, path: string, params: Record<string, string> = {}): Promise<{ status: number; type: string | null; body: Resource }> {
    const response = await route(new Request(`${ORIGIN}${path}`), { params: Promise.resolve(params) });
    return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Resource };
  }

  const everything = (email: string | null, patientId: string, operation = "$everything", query = "") =>
    call(patientOperationRoute(deps(as(email))), `/api/fhir/r4/Patient/${patientId}/${operation}${query}`, { id: patientId, operation });
  const search = (email: string | null, query: string) => call(observationSearchRoute(deps(as(email))), `/api/fhir/r4/Observation?${query}`);

  /** The answer is an OperationOutcome with this status and issue code, valid FHIR, mentioning `words`. */
  async function expectOutcome(answer: { status: number; type: string | null; body: Resource }, status: number, code: string, words = "") {
    expect(answer.status).toBe(status);
    expect(answer.type).toBe(FHIR_JSON);
    expect(answer.body.resourceType).toBe("OperationOutcome");
    const [issue] = (answer.body as OperationOutcome).issue;
    expect(issue).toMatchObject({ severity: "error", code });
    expect(issue?.diagnostics).toContain(words);
    expect(await fhirValidationErrors(answer.body)).toEqual([]);
  }

  describe("metadata and the Questionnaire", () => {
    it("answer anyone, as application/fhir+json, with links on the address the request came to", async () => {
      const metadata = await call(capabilityStatementRoute(deps(as(null))), "/api/fhir/r4/metadata");
      expect([metadata.status, metadata.type, metadata.body.resourceType]).toEqual([200, FHIR_JSON, "CapabilityStatement"]);
      expect(metadata.body).toMatchObject({ implementation: { url: BASE }, fhirVersion: "4.0.1" });
      expect(await fhirValidationErrors(metadata.body)).toEqual([]);
      const questionnaire = await call(pegQuestionnaireRoute(deps(as(null))), "/api/fhir/r4/Questionnaire/peg-3?_format=json");
      expect([questionnaire.status, questionnaire.type]).toEqual([200, FHIR_JSON]);
      expect(questionnaire.body).toMatchObject({ resourceType: "Questionnaire", id: "peg-3", url: `${BASE}/Questionnaire/peg-3` });
    });

    it("use the portal's configured public address (NEXTAUTH_URL) for links when there is one", async () => {
      vi.stubEnv("NEXTAUTH_URL", "https://backtrack.clinic.example");
      try {
        const metadata = await call(capabilityStatementRoute(deps(as(null))), "/api/fhir/r4/metadata");
        expect(metadata.body).toMatchObject({ implementation: { url: "https://backtrack.clinic.example/api/fhir/r4" } });
      } finally {
        vi.stubEnv("NEXTAUTH_URL", undefined);
      }
    });

    it("refuse unknown parameters and other formats", async () => {
      await expectOutcome(await call(capabilityStatementRoute(deps(as(null))), "/api/fhir/r4/metadata?mode=terminology"), 400, "not-supported", '"mode"');
      await expectOutcome(await call(pegQuestionnaireRoute(deps(as(null))), "/api/fhir/r4/Questionnaire/peg-3?_format=xml"), 400, "not-supported", '"_format"');
    });

    it("any other FHIR path is a 404 OperationOutcome", async () => {
      const response = unknownFhirPath(new Request(`${ORIGIN}/api/fhir/r4/Patient/abc`));
      await expectOutcome({ status: response.status, type: response.headers.get("content-type"), body: await response.json() }, 404, "not-supported", "/api/fhir/r4/metadata");
    });
  });

  describe("Patient/$everything", () => {
    it("answers the patient and their clinic's clinician with a valid Bundle", async () => {
      for (const email of ["maria@riverside.example", "lee@riverside.example", "patel@riverside.example"]) {
        const answer = await everything(email, ids.maria!);
        expect([answer.status, answer.type], email).toEqual([200, FHIR_JSON]);
        expect(answer.body).toMatchObject({ resourceType: "Bundle", type: "searchset", link: [{ relation: "self", url: `${BASE}/Patient/${ids.maria}/$everything` }] });
        expect(await bundleValidationErrors(answer.body as Bundle)).toEqual([]);
      }
    });

    it("takes the operation name percent-encoded too", async () => {
      expect((await everything("lee@riverside.example", ids.maria!, "%24everything")).status).toBe(200);
    });

    it("is 401 for anonymous callers and 404 for everyone else who may not see the record", async () => {
      await expectOutcome(await everything(null, ids.maria!), 401, "login", "Sign in");
      for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
        await expectOutcome(await everything(email, ids.maria!), 404, "not-found");
      }
      await expectOutcome(await everything("lee@riverside.example", "no-such-patient"), 404, "not-found");
      // Found by fuzzing: a NUL character in the id reached PostgreSQL (which refuses it in text) and answered 500.
      await expectOutcome(await everything("lee@riverside.example", "a\u0000b"), 404, "not-found");
      await expectOutcome(await everything("lee@riverside.example", "x".repeat(100_000)), 404, "not-found");
    });

    it("refuses other operations and unsupported parameters", async () => {
      await expectOutcome(await everything("lee@riverside.example", ids.maria!, "$validate"), 404, "not-supported", "$everything");
      await expectOutcome(await everything("lee@riverside.example", ids.maria!, "$everything", "?_since=2026-01-01"), 400, "not-supported", '"_since"');
    });

    it("records a clinician's export in the patient's access history, with who and from where", async () => {
      const before = await database.db.auditEvent.count({ where: { patientId: ids.maria, action: "patient.fhir.export" } });
      await everything("lee@riverside.example", ids.maria!);
      const events = await database.db.auditEvent.findMany({ where: { patientId: ids.maria, action: "patient.fhir.export" }, orderBy: { at: "desc" } });
      expect(events).toHaveLength(before + 1);
      const lee = await viewerFor(database.db, "lee@riverside.example");
      expect(events[0]).toMatchObject({ actorId: lee.userId, actorRole: "CLINICIAN", ip: lee.ip, userAgent: "vitest" });
      // The patient's own export is theirs: not recorded. A refusal records only that it was refused.
      const total = await database.db.auditEvent.count({ where: { patientId: ids.maria } });
      const refused = () => database.db.auditEvent.count({ where: { patientId: ids.maria, action: "patient.access.refused" } });
      const refusedBefore = await refused();
      await everything("maria@riverside.example", ids.maria!);
      await everything("kim@harbor.example", ids.maria!);
      expect(await database.db.auditEvent.count({ where: { patientId: ids.maria } })).toBe(total + 1);
      expect(await refused()).toBe(refusedBefore + 1);
    });

    it("answers an unexpected failure with a 500 OperationOutcome that tells nothing about it", async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const route = patientOperationRoute({ ...deps(as("lee@riverside.example")), db: () => { throw new Error("database password is hunter2"); } });
      const answer = await call(route, `/api/fhir/r4/Patient/${ids.maria}/$everything`, { id: ids.maria!, operation: "$everything" });
      await expectOutcome(answer, 500, "exception");
      expect(JSON.stringify(answer.body)).not.toContain("hunter2");
      log.mockRestore();
    });
  });

  describe("Observation search", () => {
    const datesOf = (answer: { body: Resource }) => ((answer.body as Bundle).entry ?? []).map((entry) => (entry.resource as Observation).effectiveDateTime);

    it("returns the patient's pain scores as a valid searchset, oldest first", async () => {
      const answer = await search("lee@riverside.example", `patient=${ids.aisha}&code=${PAIN}`);
      expect([answer.status, answer.type]).toEqual([200, FHIR_JSON]);
      const checkIns = await database.db.checkIn.findMany({ where: { patientId: ids.aisha }, orderBy: { date: "asc" } });
      expect(answer.body).toMatchObject({ resourceType: "Bundle", type: "searchset", total: checkIns.length });
      expect(datesOf(answer)).toEqual(checkIns.map((checkIn) => fromDbDate(checkIn.date)));
      expect(((answer.body as Bundle).entry ?? []).every((entry) => entry.search?.mode === "match" && entry.fullUrl?.startsWith(`${BASE}/Observation/pain-`))).toBe(true);
      expect(await bundleValidationErrors(answer.body as Bundle)).toEqual([]);
      // The same without the system, or with Patient/ before the id.
      expect(datesOf(await search("aisha@riverside.example", `patient=Patient/${ids.aisha}&code=72514-3`))).toEqual(datesOf(answer));
    });

    it("filters by date with eq, ne, gt, lt, ge and le, on the patient's calendar dates", async () => {
      const all = (await database.db.checkIn.findMany({ where: { patientId: ids.aisha }, orderBy: { date: "asc" } })).map((checkIn) => fromDbDate(checkIn.date));
      const middle = all[Math.floor(all.length / 2)]!;
      const last = all.at(-1)!;
      const month = middle.slice(0, 7);
      const cases: [string, (date: string) => boolean][] = [
        [`date=ge${middle}`, (date) => date >= middle],
        [`date=gt${middle}`, (date) => date > middle],
        [`date=le${middle}`, (date) => date <= middle],
        [`date=lt${middle}`, (date) => date < middle],
        [`date=eq${middle}`, (date) => date === middle],
        [`date=${middle}`, (date) => date === middle],
        [`date=ne${middle}`, (date) => date !== middle],
        [`date=eq${month}`, (date) => date.startsWith(month)],
        [`date=gt${month}`, (date) => date.slice(0, 7) > month],
        [`date=ge${all[2]}&date=le${middle}`, (date) => date >= all[2]! && date <= middle],
        [`date=eq${all[0]},eq${last}`, (date) => date === all[0] || date === last],
        [`date=ge2026-01-01&code=${PAIN}`, (date) => date >= "2026-01-01"],
      ];
      for (const [query, keep] of cases) {
        const answer = await search("lee@riverside.example", `patient=${ids.aisha}&${query}`);
        expect(answer.status, query).toBe(200);
        expect(datesOf(answer), query).toEqual(all.filter(keep));
      }
    });

    it("is empty for a code the app does not record", async () => {
      const answer = await search("lee@riverside.example", `patient=${ids.aisha}&code=${encodeURIComponent("http://loinc.org|8480-6")}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ resourceType: "Bundle", total: 0 });
    });

    it("refuses unknown and malformed parameters with a 400 OperationOutcome naming the parameter", async () => {
      const lee = "lee@riverside.example";
      await expectOutcome(await search(lee, `code=${PAIN}`), 400, "required", '"patient"');
      await expectOutcome(await search(lee, `patient=${ids.aisha}&_count=5`), 400, "not-supported", '"_count"');
      await expectOutcome(await search(lee, `patient=${ids.aisha}&date=after-christmas`), 400, "invalid", '"date"');
      await expectOutcome(await search(lee, `patient=${ids.aisha}&date=ap2026-01-01`), 400, "not-supported", '"date"');
      await expectOutcome(await search(lee, `patient=${ids.aisha}&code=a|b|c`), 400, "invalid", '"code"');
      // A patient may make the same mistakes and gets the same answer.
      await expectOutcome(await search("aisha@riverside.example", `patient=${ids.aisha}&subject=${ids.aisha}`), 400, "not-supported", '"subject"');
    });

    it("is 401 anonymously and 404 for another patient, another clinic and an admin; a clinician's search is audited", async () => {
      await expectOutcome(await search(null, `patient=${ids.aisha}`), 401, "login");
      for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
        await expectOutcome(await search(email, `patient=${ids.aisha}`), 404, "not-found");
      }
      const audited = () => database.db.auditEvent.count({ where: { patientId: ids.aisha, action: "patient.fhir.search" } });
      const before = await audited();
      await search("aisha@riverside.example", `patient=${ids.aisha}`);
      expect(await audited()).toBe(before);
      await search("lee@riverside.example", `patient=${ids.aisha}`);
      expect(await audited()).toBe(before + 1);
    });
  });
});
