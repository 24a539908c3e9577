import type { Patient } from "@medplum/fhirtypes";
import { fromDbDate } from "../dates/calendar-date";
import { SYSTEMS } from "./codes";
import type { TPatientExport } from "./patient-export-data";

/**
 * The patient. The name is kept whole (`text`): the app stores one name field
 * and does not know which part is the family name.
 */
export function buildPatient(patient: TPatientExport): Patient {
  return {
    resourceType: "Patient",
    id: patient.userId,
    active: patient.user.active,
    name: [{ use: "usual", text: patient.user.name }],
    telecom: [{ system: "email", value: patient.user.email }],
    birthDate: fromDbDate(patient.dateOfBirth),
    communication: [{ language: { coding: [{ system: SYSTEMS.bcp47, code: patient.preferredLanguage }] }, preferred: true }],
    managingOrganization: { display: patient.user.clinic.name },
  };
}
