import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { AlertReviewOutcome, RedFlagLevel } from "../db/generated/enums";
import { ZAlertReview } from "./alert-review-input";

const ZAlert = z.object({
  id: z.string(),
  checkInId: z.string(),
  date: z.string().describe("The date of the check-in that raised it (YYYY-MM-DD, the patient's calendar)."),
  flags: z.array(z.string()).describe("Red-flag codes answered yes."),
  level: z.enum(RedFlagLevel).describe("EMERGENCY when any of the flags is an emergency sign, else URGENT."),
  raisedAt: z.string(),
});

export const listOpenAlertsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/alerts",
  summary: "The patient's red-flag alerts: those no clinician has reviewed yet (emergency first, then newest) and the latest reviewed ones with their outcome",
  tag: "Check-ins",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    alerts: z.array(ZAlert),
    reviewed: z
      .array(
        ZAlert.extend({
          reviewedAt: z.string(),
          outcome: z.enum(AlertReviewOutcome).nullable().describe("Null for alerts reviewed before outcomes were recorded."),
          note: z.string().nullable(),
          reviewedByName: z.string().nullable(),
        }),
      )
      .describe("The latest reviewed alerts, newest review first (at most 10)."),
  }),
});

export const reviewAlertEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/alerts/{alertId}/review",
  summary: "Review a red-flag alert: what was done (outcome) and why (note, required when nothing was needed)",
  tag: "Check-ins",
  roles: ["CLINICIAN"],
  params: ZPatientParams.extend({ alertId: ZRecordId }),
  body: ZAlertReview,
  response: z.object({ reviewed: z.literal(true) }),
  otherResponses: {
    409: "The alert was already reviewed by someone else or with another outcome (the same reviewer sending the same review again succeeds).",
  },
});
