import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { RedFlagLevel } from "../db/generated/enums";
import { ZCheckInInput, ZCheckInListQuery } from "./check-in-input";
import { ZCheckInView } from "./check-in-view";


export const listCheckInsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/check-ins",
  summary: "The patient's daily check-ins, newest date first, optionally between two dates",
  tag: "Check-ins",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  query: ZCheckInListQuery,
  response: z.object({ checkIns: z.array(ZCheckInView) }),
});

export const saveCheckInEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/check-ins",
  summary:
    "The patient saves their check-in for today or one of the last 7 days (their calendar); a day that has one is changed, every field replaced. Idempotent on requestId",
  tag: "Check-ins",
  roles: ["PATIENT"],
  params: ZPatientParams,
  body: ZCheckInInput,
  response: z.object({
    checkIn: ZCheckInView,
    created: z.boolean().describe("True when this made the day's check-in, false when it changed it."),
    redFlags: z
      .array(z.object({ code: z.string(), level: z.enum(RedFlagLevel) }))
      .describe("The red flags the check-in raises (ticked signs plus those worked out from the history questions), each with its level."),
    level: z
      .enum(RedFlagLevel)
      .nullable()
      .describe("The highest level: EMERGENCY (call the emergency number now), URGENT (contact the clinic, a doctor or urgent care today), or null for a routine day (no alert)."),
  }),
  otherResponses: { 409: "The requestId was already used for another check-in." },
});

export const checkInStatusEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/check-ins/status",
  summary: "Whether the patient has checked in today and whether the weekly PEG-3 questions are due (their calendar)",
  tag: "Check-ins",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    today: z.string().describe("Today in the patient's time zone (YYYY-MM-DD)."),
    checkedInToday: z.boolean(),
    pegDue: z.boolean().describe("True when no PEG-3 answers were given in the 6 days before today."),
    editableFrom: z.string().describe("The earliest date a check-in can still be added or changed (YYYY-MM-DD)."),
    historyAnswered: z.boolean().describe("Whether the medical history (asked once) has been answered."),
    historyQuestions: z
      .array(z.enum(["CANCER_HISTORY", "FRAGILE_BONE_INJURY"]))
      .describe("The history-dependent red-flag questions this patient's check-in asks (painNewOrWorse for CANCER_HISTORY, painAfterSmallInjury for FRAGILE_BONE_INJURY)."),
    clinic: z
      .object({
        emergencyNumber: z.string(),
        phone: z.string().nullable(),
        openingHours: z.string().nullable(),
        outOfHoursText: z.string().nullable(),
      })
      .describe("Who the patient calls for an emergency or urgent red flag."),
  }),
});
