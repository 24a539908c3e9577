import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { Condition, EpisodeStatus, RedFlagLevel } from "../db/generated/enums";
import { ZInvitationSent } from "../invitations/invitation-endpoints";
import { TREND_DIRECTIONS } from "../trends/theil-sen";
import { ZCreatePatient } from "./patient-input";
import { ZSetPatientActive } from "./set-patient-active-input";
import { EPISODE_PHASES } from "../trends/phase";
import { ZPatientListQueryFields } from "./patient-list-query";

export const createPatientEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients",
  summary: "Add a patient to my clinic; their single-use invitation link is emailed to them (never returned)",
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZCreatePatient,
  response: ZInvitationSent.extend({ patientId: z.string() }),
  otherResponses: { 409: "A patient of my clinic already uses this email." },
});

export const listPatientsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients",
  summary:
    "My clinic's patients, a page at a time, with their latest check-in, pain direction, exercise adherence and open red flags: search by name or email, filter by phase, condition, unreviewed red flag (by level) or no recent check-in, sort (red flags emergency first too)",
  tag: "Patients",
  roles: ["CLINICIAN"],
  query: ZPatientListQueryFields,
  response: z.object({
    patients: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        hasSignedUp: z.boolean(),
        active: z.boolean().describe("False once a clinician deactivated the account (the record is kept)."),
        onsetDate: z.string().nullable(),
        daysSinceOnset: z.number().int().nullable(),
        primaryCondition: z.enum(Condition).nullable(),
        phase: z.enum(EPISODE_PHASES).nullable(),
        lastCheckIn: z
          .object({
            date: z.string().describe("The patient's calendar date of the check-in (YYYY-MM-DD)."),
            painNow: z.number().int().describe("Pain now, 0-10."),
            daysAgo: z.number().int().describe("Days from it to today in the patient's time zone."),
          })
          .nullable()
          .describe("The newest check-in; null when the patient has none."),
        trend: z
          .object({
            latestWeek: z
              .object({ week: z.number().int().describe("Week since onset (1 = onset day and the 6 after)."), meanPain: z.number().describe("Mean pain that week, 1 decimal.") })
              .nullable()
              .describe("The latest week with check-ins since onset; null without any."),
            direction: z.enum(TREND_DIRECTIONS).describe("Theil-Sen slope of pain over the last 28 days: 0.5 points a week or more down (improving) or up (worsening), else steady."),
            chronicityRisk: z.boolean().describe("6 weeks or more since onset, the latest week not clearly better than the first (2 points and 30%) and its mean above 1."),
            worsening: z.boolean().describe("The latest week is clearly worse than the first (its mean 2 points or more higher)."),
          })
          .nullable()
          .describe("The active episode's pain trend (the same engine as the patient's page); null without an active episode."),
        quiet: z.boolean().describe("No check-in in the last 7 days (today and the 6 before), or none ever."),
        exercises: z
          .object({
            done: z.number().int().describe("Exercises marked done in the last 7 days, on any item of the current plan."),
            prescribed: z.number().int().describe("The days a week of the current plan's items in the current plan week: an approximation of a week's prescription."),
          })
          .nullable()
          .describe("Exercise adherence; null without a current plan."),
        unreviewedRedFlag: z.boolean().describe("A red-flag alert no clinician has marked reviewed."),
        redFlagLevel: z.enum(RedFlagLevel).nullable().describe("The most pressing level among the open red-flag alerts (what alert=emergency|urgent filters by); null without one."),
        functionChange: z
          .object({
            shortTitle: z.string().describe("The instrument: PSFS."),
            baseline: z.number().describe("The first score of the episode (PSFS mean, 0-10, higher is better)."),
            latest: z.number().describe("The latest score."),
            change: z.number().describe("latest minus baseline, 1 decimal."),
            classification: z.enum(["improved", "worsened", "no-important-change"]).describe("By the instrument's minimal important change (PSFS: 2 points on the mean score)."),
          })
          .nullable()
          .describe("The latest function change (what functionChange filters by); null with fewer than two PSFS scores in the episode."),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
});

export const getPatientEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}",
  summary: "A patient's profile and current episode",
  tag: "Patients",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    dateOfBirth: z.string(),
    timeZone: z.string(),
    hasSignedUp: z.boolean(),
    active: z.boolean(),
    episode: z.object({ id: z.string(), onsetDate: z.string(), primaryCondition: z.enum(Condition), status: z.enum(EpisodeStatus) }).nullable(),
  }),
});

export const patientAccessLogEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/access-log",
  summary: "Who read or changed this patient's data, newest first",
  tag: "Patients",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({
    entries: z.array(z.object({ at: z.string(), actorName: z.string(), actorRole: z.string(), action: z.string(), ip: z.string().nullable() })),
  }),
});

export const reissueInvitationEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/invitation",
  summary: "Email a new invitation link to a patient who has not set a password yet (earlier links stop working)",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: ZInvitationSent,
  otherResponses: { 409: "The patient has already set a password, or the account is deactivated." },
});

export const setPatientActiveEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/active",
  summary: "Deactivate a patient's account (their sessions and calendar link end at once; the record is kept) or reactivate it",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZSetPatientActive,
  response: z.object({ active: z.boolean() }),
});
