import { randomUUID } from "node:crypto";
import type { Bundle, CarePlan, Communication, Composition, Condition, DocumentReference, Observation, Procedure, Questionnaire, QuestionnaireResponse, Resource, ServiceRequest } from "@medplum/fhirtypes";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_CLINICS, seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import { NotFoundError } from "../errors/domain-errors";
import { endPlan } from "../plans/end-plan";
import { formatPlanDose } from "../plans/format-plan-item";
import { ZRevisePlan } from "../plans/plan-input";
import { revisePlan } from "../plans/revise-plan";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import type { TFhirLinks } from "./fhir-links";
import { getPatientEverything } from "./get-patient-everything";
import { bundleValidationErrors, referenceTypeProblems, unresolvedReferences } from "../../tools/testing/fhir/validate-fhir";

const links: TFhirLinks = { base: "https://clinic.example/api/fhir/r4", appOrigin: "https://clinic.example" };

function resourcesOf<T extends Resource>(bundle: Bundle, type: T["resourceType"]): T[] {
  return (bundle.entry ?? []).map((entry) => entry.resource).filter((resource): resource is T => resource?.resourceType === type);
}

describe("Patient/$everything", () => {
  const database = useTestDatabase();
  const idOf = async (email: string) => (await database.db.user.findUniqueOrThrow({ where: { email } })).id;
  const clinicianOf = (clinic: string) => viewerFor(database.db, clinic === "riverside" ? "lee@riverside.example" : "kim@harbor.example");

  beforeAll(async () => {
    // The library first, so the seed also writes plans, guides given and exercise marks.
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const aisha = await idOf("aisha@riverside.example");
    const james = await idOf("james@riverside.example");
    const tom = await idOf("tom@riverside.example");
    const maria = await idOf("maria@riverside.example");

    // History the demo data does not have: a revised plan (Aisha), an ended one (James),
    // a closed episode (Tom), a guide opened and one taken back (Maria), an exercise skipped as too painful.
    const aishaPlan = await database.db.exercisePlan.findFirstOrThrow({ where: { patientId: aisha } });
    await revisePlan(
      database.db,
      lee,
      aisha,
      aishaPlan.id,
      ZRevisePlan.parse({
        title: aishaPlan.title,
        items: [{ exerciseSlug: "walking-program", sets: 1, reps: "", minutes: 20, timesPerDay: 1, daysPerWeek: 5, fromWeek: 2, toWeek: 4 }],
        requestId: randomUUID(),
      }),
    );
    const jamesPlan = await database.db.exercisePlan.findFirstOrThrow({ where: { patientId: james } });
    await endPlan(database.db, lee, james, jamesPlan.id);
    await database.db.episode.updateMany({ where: { patientId: tom }, data: { status: "CLOSED", closedAt: new Date() } });
    await database.db.episode.create({ data: { patientId: tom, onsetDate: new Date(`${todayIn("America/New_York")}T00:00:00Z`), primaryCondition: "SPINAL_OSTEOARTHRITIS" } });
    const [first, second] = await database.db.guideAssignment.findMany({ where: { patientId: maria }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }] });
    await database.db.guideAssignment.update({ where: { id: first!.id }, data: { firstOpenedAt: new Date(), lastOpenedAt: new Date() } });
    await database.db.guideAssignment.update({ where: { id: second!.id }, data: { unassignedAt: new Date() } });
    const skipped = await database.db.exerciseLog.findFirstOrThrow({ where: { patientId: aisha, outcome: "SKIPPED" } });
    await database.db.exerciseLog.update({ where: { id: skipped.id }, data: { skipReason: "TOO_PAINFUL" } });
  });

  it("carries the function questionnaires answered and each discharge as a Composition with its summary as an HTML DocumentReference", async () => {
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), await idOf("tom@riverside.example"), links);
    const responses = resourcesOf<QuestionnaireResponse>(bundle, "QuestionnaireResponse").filter((response) => response.questionnaire?.endsWith("/psfs"));
    expect(responses.map((response) => response.item?.at(-1)?.answer?.[0]?.valueDecimal)).toEqual([2.7, 4, 5.7]);
    const [composition] = resourcesOf<Composition>(bundle, "Composition");
    expect(composition?.type.coding?.[0]?.code).toBe("18842-5");
    const document = resourcesOf<DocumentReference>(bundle, "DocumentReference").find((entry) => entry.id === composition?.id);
    const html = Buffer.from(document?.content[0]?.attachment.data ?? "", "base64").toString("utf8");
    expect(html).toContain("PSFS: 2.7 at the start, 5.7 at the end (+3, improved by an important amount).");
    expect(html).toContain("Keep walking most days");
    expect(resourcesOf<Questionnaire>(bundle, "Questionnaire").map((questionnaire) => questionnaire.id).sort()).toEqual(["groc", "peg-3", "psfs"]);
  });

  it("is valid FHIR R4, with every reference resolving inside the bundle, for every demo patient", async () => {
    let checked = 0;
    for (const clinic of DEMO_CLINICS) {
      for (const patient of clinic.patients) {
        const bundle = await getPatientEverything(database.db, await clinicianOf(clinic.slug), await idOf(patient.email), links);
        expect(await bundleValidationErrors(bundle), patient.email).toEqual([]);
        expect(unresolvedReferences(bundle), patient.email).toEqual([]);
        expect(await referenceTypeProblems(bundle, links.base), patient.email).toEqual([]);
        for (const response of resourcesOf<QuestionnaireResponse>(bundle, "QuestionnaireResponse")) {
          expect(resourcesOf<Questionnaire>(bundle, "Questionnaire").map((questionnaire) => questionnaire.url)).toContain(response.questionnaire);
        }
        const fullUrls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
        expect(new Set(fullUrls).size, `${patient.email}: no entry twice`).toBe(fullUrls.length);
        checked += 1;
      }
    }
    expect(checked).toBe(DEMO_CLINICS.flatMap((clinic) => clinic.patients).length);
  });

  it("fails those checks for a broken bundle (so passing them means something)", async () => {
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), await idOf("aisha@riverside.example"), links);
    const broken = structuredClone(bundle);
    const observation = resourcesOf<Observation>(broken, "Observation")[0]!;
    Object.assign(observation, { status: "done", valueInteger: "7" });
    const procedure = resourcesOf<Procedure>(broken, "Procedure")[0]!;
    delete (procedure as Partial<Procedure>).subject;
    broken.entry = broken.entry?.filter((entry) => entry.resource?.resourceType !== "Questionnaire" && entry.resource?.resourceType !== "Patient");
    const errors = (await bundleValidationErrors(broken)).join("\n");
    expect(errors).toContain("Observation.status");
    expect(errors).toContain("Observation.value[x]");
    expect(errors).toContain("Procedure.subject");
    resourcesOf<Procedure>(broken, "Procedure")[1]!.basedOn = [{ reference: `${links.base}/Patient/someone` }];
    expect((await referenceTypeProblems(broken, links.base)).join()).toContain("Procedure.basedOn");
    expect(unresolvedReferences(broken)).toContain(`${links.base}/Patient/${await idOf("aisha@riverside.example")}`);
  });

  it("holds the patient's record: one entry per episode, check-in, PEG, plan item, exercise mark and guide given", async () => {
    for (const email of ["aisha@riverside.example", "james@riverside.example", "maria@riverside.example", "noah@harbor.example"]) {
      const patientId = await idOf(email);
      const bundle = await getPatientEverything(database.db, await clinicianOf(email.endsWith("harbor.example") ? "harbor" : "riverside"), patientId, links);
      const count = (type: Resource["resourceType"]) => resourcesOf(bundle, type).length;
      const db = database.db;
      expect(count("Patient"), email).toBe(1);
      expect(count("Condition"), email).toBe(await db.episode.count({ where: { patientId } }));
      expect(count("Observation"), email).toBe(await db.checkIn.count({ where: { patientId } }));
      expect(count("QuestionnaireResponse"), email).toBe(await db.checkIn.count({ where: { patientId, pegPain: { not: null } } }));
      expect(count("CarePlan"), email).toBe(await db.exercisePlan.count({ where: { patientId } }));
      expect(count("ServiceRequest"), email).toBe(await db.exercisePlanItem.count({ where: { version: { plan: { patientId } } } }));
      expect(count("Procedure"), email).toBe(await db.exerciseLog.count({ where: { patientId } }));
      expect(count("Communication"), email).toBe((await db.guideAssignment.count({ where: { patientId } })) + (await db.message.count({ where: { conversation: { patientId } } })));
      expect(bundle).toMatchObject({ type: "searchset", total: (bundle.entry ?? []).filter((entry) => entry.search?.mode === "match").length });
    }
  });

  it("carries pain scores as LOINC 72514-3 on the patient's calendar date, and PEG-3 answers with their score", async () => {
    const aisha = await idOf("aisha@riverside.example");
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), aisha, links);
    const checkIns = await database.db.checkIn.findMany({ where: { patientId: aisha }, orderBy: { date: "asc" } });
    const observations = resourcesOf<Observation>(bundle, "Observation");
    expect(observations.map((observation) => [observation.effectiveDateTime, observation.valueInteger])).toEqual(checkIns.map((checkIn) => [fromDbDate(checkIn.date), checkIn.painNow]));
    expect(observations[0]).toMatchObject({
      status: "final",
      code: { coding: [{ system: "http://loinc.org", code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }] },
      category: [{ coding: [{ code: "survey" }] }],
      subject: { reference: `${links.base}/Patient/${aisha}` },
    });
    const withPeg = checkIns.find((checkIn) => checkIn.pegPain !== null)!;
    const response = resourcesOf<QuestionnaireResponse>(bundle, "QuestionnaireResponse").find((candidate) => candidate.id === `peg-${withPeg.id}`);
    const answers = response?.item?.map((item) => item.answer?.[0]?.valueInteger ?? item.answer?.[0]?.valueDecimal);
    const mean = Math.round(((withPeg.pegPain! + withPeg.pegEnjoyment! + withPeg.pegActivity!) / 3) * 10) / 10;
    expect(answers).toEqual([withPeg.pegPain, withPeg.pegEnjoyment, withPeg.pegActivity, mean]);
    expect(response).toMatchObject({ status: "completed", authored: fromDbDate(withPeg.date), questionnaire: `${links.base}/Questionnaire/peg-3` });
  });

  it("codes each episode in SNOMED CT and ICD-10, active or resolved, from its onset date", async () => {
    const tom = await idOf("tom@riverside.example");
    const conditions = resourcesOf<Condition>(await getPatientEverything(database.db, await clinicianOf("riverside"), tom, links), "Condition");
    const episodes = await database.db.episode.findMany({ where: { patientId: tom }, orderBy: { onsetDate: "asc" } });
    expect(conditions.map((condition) => [condition.clinicalStatus?.coding?.[0]?.code, condition.onsetDateTime])).toEqual([
      ["resolved", fromDbDate(episodes[0]!.onsetDate)],
      ["active", fromDbDate(episodes[1]!.onsetDate)],
    ]);
    expect(conditions[0]?.code?.coding?.map((coding) => [coding.system, coding.code])).toEqual([
      ["http://snomed.info/sct", "18347007"],
      ["http://hl7.org/fhir/sid/icd-10", "M48.0"],
    ]);
    expect(conditions[0]?.abatementDateTime).toBe(todayIn("America/New_York"));
    expect(conditions[1]?.abatementDateTime).toBeUndefined();
  });

  it("gives plans as CarePlans whose activities are Exercise therapy ServiceRequests with the dose, and marks as Procedures", async () => {
    const aisha = await idOf("aisha@riverside.example");
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), aisha, links);
    const [carePlan] = resourcesOf<CarePlan>(bundle, "CarePlan");
    const requests = new Map(resourcesOf<ServiceRequest>(bundle, "ServiceRequest").map((request) => [`${links.base}/ServiceRequest/${request.id}`, request]));
    expect(carePlan).toMatchObject({ status: "active", intent: "plan", title: "Sciatica — nerve glides and walking" });
    // The latest version only: one walking item.
    const activities = (carePlan?.activity ?? []).map((activity) => requests.get(activity.reference?.reference ?? ""));
    expect(activities.map((request) => [request?.status, request?.code?.text])).toEqual([["active", "Walking program"]]);
    const walking = activities[0]!;
    expect(walking.code?.coding).toEqual([{ system: "http://snomed.info/sct", code: "229065009", display: "Exercise therapy" }]);
    const dose = formatPlanDose({ sets: 1, reps: null, holdSeconds: null, minutes: 20, timesPerDay: 1, daysPerWeek: 5 });
    expect(walking.occurrenceTiming?.code?.text).toBe(`${dose} · Weeks 2–4`);
    expect(walking.occurrenceTiming?.repeat).toMatchObject({ frequency: 5, period: 1, periodUnit: "wk", duration: 20, durationUnit: "min" });
    expect(walking.patientInstruction).toContain(dose);
    // Version 1's items stay, revoked, for the marks made on them.
    const revoked = [...requests.values()].filter((request) => request.status === "revoked");
    expect(revoked.length).toBe(4);
    // A one-sided exercise's dose says so when it leaves the app too.
    const piriformis = revoked.find((request) => request.code?.text === "Buttock (piriformis) stretch");
    expect(piriformis?.occurrenceTiming?.code?.text).toMatch(/^1 set of 3 each side, hold each 30 seconds/);

    const procedures = resourcesOf<Procedure>(bundle, "Procedure");
    const logs = await database.db.exerciseLog.findMany({ where: { patientId: aisha }, orderBy: [{ date: "asc" }, { id: "asc" }] });
    expect(procedures.map((procedure) => [procedure.status, procedure.performedDateTime])).toEqual(
      logs.map((log) => [log.outcome === "DONE" ? "completed" : "not-done", fromDbDate(log.date)]),
    );
    const tooPainful = procedures.find((procedure) => procedure.statusReason?.text === "Too painful");
    expect(tooPainful).toMatchObject({ status: "not-done", code: { coding: [{ code: "229065009" }] } });
    expect(requests.get(tooPainful?.basedOn?.[0]?.reference ?? "")?.status).toBe("revoked");

    const james = await idOf("james@riverside.example");
    const jamesBundle = await getPatientEverything(database.db, await clinicianOf("riverside"), james, links);
    const [ended] = resourcesOf<CarePlan>(jamesBundle, "CarePlan");
    expect(ended).toMatchObject({ status: "completed", period: { end: todayIn("America/New_York") } });
    expect(resourcesOf<ServiceRequest>(jamesBundle, "ServiceRequest").every((request) => request.status === "completed")).toBe(true);
  });

  it("gives each message with the care team as a Communication, in reply to the one before, received when read", async () => {
    const aisha = await idOf("aisha@riverside.example");
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), aisha, links);
    const messages = await database.db.message.findMany({ where: { conversation: { patientId: aisha } }, orderBy: { createdAt: "asc" }, select: { id: true, body: true } });
    expect(messages.length).toBeGreaterThanOrEqual(2);
    const communications = resourcesOf<Communication>(bundle, "Communication").filter((communication) => messages.some((message) => message.id === communication.id));
    expect(communications.map((communication) => communication.payload?.[0]?.contentString)).toEqual(messages.map((message) => message.body));
    const [question, answer] = communications;
    expect(question?.sender?.reference).toBe(`${links.base}/Patient/${aisha}`);
    expect(question?.recipient?.[0]?.display).toBe("Riverside Spine Clinic");
    expect(question?.received).toBeDefined();
    expect(question?.topic?.text).toBe("Exercise: Sciatic nerve glide");
    expect(answer?.sender?.display).toBe("Dr. Jordan Lee");
    expect(answer?.inResponseTo?.[0]?.reference).toBe(`${links.base}/Communication/${question?.id}`);
  });

  it("gives guides as Communications pointing at a DocumentReference with the guide's page", async () => {
    const maria = await idOf("maria@riverside.example");
    const bundle = await getPatientEverything(database.db, await clinicianOf("riverside"), maria, links);
    const documents = new Map(resourcesOf<DocumentReference>(bundle, "DocumentReference").map((document) => [`${links.base}/DocumentReference/${document.id}`, document]));
    const communications = resourcesOf<Communication>(bundle, "Communication");
    expect(communications).toHaveLength(2);
    const guides = communications.map((communication) => documents.get(communication.payload?.[0]?.contentReference?.reference ?? "")?.content[0]?.attachment);
    const given = await database.db.guideAssignment.findMany({ where: { patientId: maria }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }], select: { guide: true } });
    expect(given.map(({ guide }) => guide.slug).sort()).toEqual(["low-back-pain", "preventing-back-pain"]);
    expect(guides.map((attachment) => [attachment?.title, attachment?.url])).toEqual(
      given.map(({ guide }) => [guide.title, `https://clinic.example/library/guides/${guide.slug}`]),
    );
    expect(communications[0]).toMatchObject({ status: "completed", sender: { display: "Dr. Jordan Lee" }, payload: [{}, { contentString: expect.stringContaining("Short walks") }] });
    expect(communications[0]?.received).toBeDefined();
    expect(communications[1]?.note?.[0]?.text).toContain("took this guide back");
  });

  it("is the same for the patient themself; only a clinician's export is audited", async () => {
    const maria = await idOf("maria@riverside.example");
    const audited = () => database.db.auditEvent.count({ where: { patientId: maria, action: "patient.fhir.export" } });
    const before = await audited();
    const own = await getPatientEverything(database.db, await viewerFor(database.db, "maria@riverside.example"), maria, links);
    expect(await audited()).toBe(before);
    const clinicians = await getPatientEverything(database.db, await clinicianOf("riverside"), maria, links);
    expect(await audited()).toBe(before + 1);
    const strip = (bundle: Bundle) => bundle.entry?.map((entry) => entry.resource);
    expect(strip(own)).toEqual(strip(clinicians));
  });

  it("is not found for another patient, another clinic's clinician and an admin, and records only the refusal", async () => {
    const maria = await idOf("maria@riverside.example");
    const events = () => database.db.auditEvent.count({ where: { patientId: maria, action: { not: "patient.access.refused" } } });
    const before = await events();
    for (const email of ["james@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      await expect(getPatientEverything(database.db, await viewerFor(database.db, email), maria, links), email).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getPatientEverything(database.db, await clinicianOf("riverside"), "no-such-patient", links)).rejects.toBeInstanceOf(NotFoundError);
    expect(await events()).toBe(before);
  });
});
