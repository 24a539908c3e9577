import type { Observation } from "@medplum/fhirtypes";
import { fromDbDate } from "../dates/calendar-date";
import { PAIN_SEVERITY, SYSTEMS } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";

export type TPainCheckIn = { id: string; date: Date; painNow: number; updatedAt: Date };

/** The Observation id of a check-in's pain score (a check-in could carry more observations later). */
export function painObservationId(checkInId: string): string {
  return `pain-${checkInId}`;
}

/**
 * A check-in's "pain now" (0-10 numeric rating scale, LOINC 72514-3). The
 * effective date is the patient's own calendar date the check-in is about
 * (no time, no zone): that is the date the patient lived, and the one the app
 * shows.
 */
export function buildPainObservation(links: TFhirLinks, patientId: string, checkIn: TPainCheckIn): Observation {
  return {
    resourceType: "Observation",
    id: painObservationId(checkIn.id),
    meta: { lastUpdated: checkIn.updatedAt.toISOString() },
    status: "final",
    category: [{ coding: [{ system: SYSTEMS.observationCategory, code: "survey", display: "Survey" }] }],
    code: { coding: [PAIN_SEVERITY], text: "Pain now (0-10)" },
    subject: referenceTo(links, "Patient", patientId),
    effectiveDateTime: fromDbDate(checkIn.date),
    issued: checkIn.updatedAt.toISOString(),
    performer: [referenceTo(links, "Patient", patientId)],
    valueInteger: checkIn.painNow,
  };
}
