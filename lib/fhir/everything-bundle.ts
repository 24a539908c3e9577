import type { Bundle, Resource } from "@medplum/fhirtypes";
import { buildCarePlan } from "./build-care-plan";
import { buildCondition } from "./build-condition";
import { buildExerciseProcedure } from "./build-exercise-procedure";
import { buildGuideCommunication, buildGuideDocument } from "./build-guide-communication";
import { buildMessageCommunications } from "./build-message-communication";
import { buildPainObservation } from "./build-pain-observation";
import { buildPatient } from "./build-patient";
import { buildPegResponse } from "./build-peg-response";
import type { TFhirLinks } from "./fhir-links";
import type { TPatientExport } from "./patient-export-data";
import { buildPegQuestionnaire } from "./peg-questionnaire";
import { searchsetBundle } from "./searchset-bundle";
import { fromDbDate } from "../dates/calendar-date";
import type { TDischargeSummary } from "../discharge/get-discharge-summary";
import type { TInstrument } from "../questionnaires/instrument-schema";
import { getInstruments } from "../questionnaires/load-instruments";
import { buildDischargeDocuments } from "./build-discharge-documents";
import { buildInstrumentQuestionnaire, buildInstrumentResponse } from "./build-instrument-questionnaire";

/**
 * Patient/$everything: the patient and everything in their compartment
 * (episodes, pain scores, PEG and function questionnaire answers, discharge
 * summaries, plans with their exercises, exercise marks, guides given,
 * messages with the care team) as matches, plus what those point at that is
 * not the patient's own (the Questionnaires, the guides) as includes. Every
 * reference in it resolves to an entry.
 */
export function buildEverythingBundle(links: TFhirLinks, patient: TPatientExport, now: Date, discharges: readonly TDischargeSummary[] = [], instruments: readonly TInstrument[] = getInstruments()): Bundle {
  const patientId = patient.userId;
  const { timeZone } = patient;
  const plans = patient.exercisePlans.map((plan) => buildCarePlan(links, patientId, timeZone, plan));
  const exerciseNames = new Map(patient.exercisePlans.flatMap((plan) => plan.versions.flatMap((version) => version.items.map((item) => [item.id, item.exercise.name] as const))));
  const pegResponses = patient.checkIns.flatMap((checkIn) => buildPegResponse(links, patientId, checkIn) ?? []);
  const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  // A response to an instrument no longer in the library is left out rather than exported without its Questionnaire.
  const functionResponses = patient.questionnaireResponses.flatMap((response) => {
    const instrument = instrumentById.get(response.instrumentId);
    return instrument ? [{ instrument, resource: buildInstrumentResponse(links, patientId, instrument, { ...response, completedOn: fromDbDate(response.completedOn) }) }] : [];
  });
  const usedInstruments = [...new Set(functionResponses.map((response) => response.instrument))];
  const guides = new Map(patient.guideAssignments.map((assignment) => [assignment.guide.id, assignment.guide]));

  const matches: Resource[] = [
    buildPatient(patient),
    ...patient.episodes.map((episode) => buildCondition(links, patientId, timeZone, episode)),
    ...patient.checkIns.map((checkIn) => buildPainObservation(links, patientId, checkIn)),
    ...pegResponses,
    ...functionResponses.map((response) => response.resource),
    ...discharges.flatMap((summary) => buildDischargeDocuments(links, summary)),
    ...plans.flatMap(({ carePlan, serviceRequests }) => [carePlan, ...serviceRequests]),
    // Marks are only ever made on items of the patient's own plans (lib/exercise-log), so the name is always there.
    ...patient.exerciseLogs.map((log) => buildExerciseProcedure(links, patientId, log, exerciseNames.get(log.planItemId) ?? "Exercise")),
    ...patient.guideAssignments.map((assignment) => buildGuideCommunication(links, patientId, timeZone, assignment)),
    ...patient.conversations.flatMap((conversation) => buildMessageCommunications(links, patientId, patient.user.clinic.name, conversation)),
  ];
  const includes: Resource[] = [
    ...(pegResponses.length ? [buildPegQuestionnaire(links)] : []),
    ...usedInstruments.map((instrument) => buildInstrumentQuestionnaire(links, instrument)),
    ...[...guides.values()].map((guide) => buildGuideDocument(links, guide)),
  ];

  return searchsetBundle(links, { self: `${links.base}/Patient/${patientId}/$everything`, matches, includes, now });
}

