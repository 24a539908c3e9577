import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { ZDischargeInput, ZSeenAgainInput } from "./discharge-input";

const ZMeasure = z.object({ label: z.string(), baseline: z.number().nullable(), latest: z.number().nullable(), classification: z.enum(["improved", "worsened", "no-important-change"]).nullable() });

export const ZDischargeSummaryJson = z.object({
  episodeId: z.string(),
  patientName: z.string(),
  clinicName: z.string(),
  onsetDate: z.string(),
  dischargedOn: z.string(),
  dischargedBy: z.string().nullable(),
  finalQuestionnaires: z.enum(["SENT_TO_PATIENT", "RECORDED_AT_VISIT"]),
  selfManagementPlan: z.string(),
  changes: z.array(z.string()).describe("Change from baseline on each measure, one sentence each."),
  pain: ZMeasure,
  peg: ZMeasure,
});

export const dischargeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/discharge",
  summary: "Discharge the patient's active episode (status DISCHARGED, trend kept); idempotent on requestId",
  tag: "Discharge",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZDischargeInput,
  response: z.object({ episodeId: z.string(), dischargedOn: z.string(), created: z.boolean() }),
  otherResponses: { 409: "No active episode (already discharged), or the request id belongs to another patient." },
});

export const getDischargeSummaryEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/discharge",
  summary: "The latest discharge summary, or null before any discharge (audited for clinicians)",
  tag: "Discharge",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.object({ summary: ZDischargeSummaryJson.nullable() }),
});

const ZSeenAgain = z.object({ id: z.string(), note: z.string().nullable(), createdAt: z.string(), handledAt: z.string().nullable() });

export const requestSeenAgainEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/seen-again",
  summary: "After discharge, the patient asks the clinic to see them again; idempotent on requestId",
  tag: "Discharge",
  roles: ["PATIENT"],
  params: ZPatientParams,
  body: ZSeenAgainInput,
  response: ZSeenAgain,
  otherResponses: { 409: "The patient has not been discharged." },
});

export const listSeenAgainEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/seen-again",
  summary: "The patient's requests to be seen again, newest first",
  tag: "Discharge",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.object({ requests: z.array(ZSeenAgain) }),
});

export const handleSeenAgainEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/seen-again/{requestId}/handled",
  summary: "Mark a request to be seen again handled",
  tag: "Discharge",
  roles: ["CLINICIAN"],
  params: ZPatientParams.extend({ requestId: ZRecordId }),
  response: ZSeenAgain,
});
