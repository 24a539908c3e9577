import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";

export const listOpenAlertsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/alerts",
  summary: "The patient's red-flag alerts that no clinician has reviewed yet, newest first",
  tag: "Check-ins",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    alerts: z.array(
      z.object({
        id: z.string(),
        checkInId: z.string(),
        date: z.string().describe("The date of the check-in that raised it (YYYY-MM-DD, the patient's calendar)."),
        flags: z.array(z.string()).describe("Red-flag codes answered yes."),
        raisedAt: z.string(),
      }),
    ),
  }),
});

export const reviewAlertEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/alerts/{alertId}/review",
  summary: "Mark a red-flag alert reviewed (an alert already reviewed stays as it was and answers the same)",
  tag: "Check-ins",
  roles: ["CLINICIAN"],
  params: ZPatientParams.extend({ alertId: ZRecordId }),
  response: z.object({ reviewed: z.literal(true) }),
});
