import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { MEDICAL_HISTORY, ZMedicalHistoryInput, type TMedicalHistoryCode } from "./medical-history";

const ZMedicalHistoryView = z.object({
  medicalHistory: z.array(z.enum(MEDICAL_HISTORY.map((entry) => entry.code) as [TMedicalHistoryCode, ...TMedicalHistoryCode[]])).describe("History codes that are true; empty with answeredAt set means none of these."),
  answeredAt: z.string().nullable().describe("When the history was last answered (ISO instant); null when never answered."),
});

export const getMedicalHistoryEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/medical-history",
  summary: "The patient's medical history, asked once (past cancer, thin bones, long-term steroids, weak immune system, recent spine procedure, injected drug use)",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: ZMedicalHistoryView,
});

export const saveMedicalHistoryEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/patients/{patientId}/medical-history",
  summary: "The patient or their clinician answers or corrects the medical history (the whole list is replaced; none: true for none of these)",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  body: ZMedicalHistoryInput,
  response: ZMedicalHistoryView,
});
