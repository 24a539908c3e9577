import type { Condition } from "@medplum/fhirtypes";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import { conditionConcept, SYSTEMS } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";
import type { TExportEpisode } from "./patient-export-data";

/**
 * A pain episode as a Condition on the patient's problem list: active while
 * it is the current episode, resolved once closed (abated on the patient's
 * local date of closing). Onset is the first day of pain, a calendar date.
 */
export function buildCondition(links: TFhirLinks, patientId: string, timeZone: string, episode: TExportEpisode): Condition {
  const active = episode.status === "ACTIVE";
  return {
    resourceType: "Condition",
    id: episode.id,
    clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: active ? "active" : "resolved" }] },
    category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: "problem-list-item", display: "Problem List Item" }] }],
    code: conditionConcept(episode.primaryCondition),
    subject: referenceTo(links, "Patient", patientId),
    onsetDateTime: fromDbDate(episode.onsetDate),
    ...(!active && episode.closedAt ? { abatementDateTime: todayIn(timeZone, episode.closedAt) } : {}),
    recordedDate: episode.createdAt.toISOString(),
  };
}
