import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { PLAN_REVIEW_DECISIONS, ZPlanReviewDecisionInput, ZQuestionnaireScheduleInput, ZQuestionnaireSubmission } from "./questionnaire-input";

const ZChange = z.enum(["improved", "worsened", "no-important-change"]);
const ZScore = z.object({ completedOn: z.string(), score: z.number() });

export const ZQuestionnairesView = z.object({
  intervalDays: z.number().int().describe("Days between follow-up questionnaires (14 unless the clinician changed it)."),
  due: z.array(
    z.object({
      instrumentId: z.string(),
      title: z.string(),
      reason: z.enum(["discharge", "re-screen", "baseline", "follow-up"]),
      dueSince: z.string().describe("The first day it was due, YYYY-MM-DD in the patient's calendar."),
    }),
  ),
  history: z.array(z.object({ id: z.string(), instrumentId: z.string(), completedOn: z.string(), score: z.number(), recordedByClinician: z.boolean() })),
  summaries: z.array(
    z.object({
      instrumentId: z.string(),
      shortTitle: z.string(),
      baseline: ZScore.nullable(),
      latest: ZScore.nullable(),
      change: z.number().nullable(),
      classification: ZChange.nullable().describe("Improved by an important amount, judged by the instrument's own rule (content/instruments)."),
    }),
  ),
});

export const getQuestionnairesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/questionnaires",
  summary: "The patient's function questionnaires: what is due now, the scores of the current episode and their change (audited for clinicians)",
  tag: "Questionnaires",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: ZQuestionnairesView,
});

export const saveQuestionnaireEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/questionnaires",
  summary: "Store one completed questionnaire (by the patient, or recorded by a clinician at a visit); idempotent on requestId",
  tag: "Questionnaires",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  body: ZQuestionnaireSubmission,
  response: z.object({ id: z.string(), instrumentId: z.string(), score: z.number(), completedOn: z.string(), created: z.boolean() }),
  otherResponses: { 409: "The request id was used for another patient, or there is no current episode." },
});

export const setQuestionnaireScheduleEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/patients/{patientId}/questionnaires/schedule",
  summary: "Set how often the patient's follow-up questionnaires come due (7 to 84 days)",
  tag: "Questionnaires",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZQuestionnaireScheduleInput,
  response: z.object({ intervalDays: z.number().int() }),
});

const ZPlanReview = z.object({
  id: z.string(),
  reason: z.enum(["CHRONICITY_RISK", "WORSE_THAN_FIRST_WEEK"]),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decision: z.enum(PLAN_REVIEW_DECISIONS).nullable(),
  decisionNote: z.string().nullable(),
  decidedBy: z.string().nullable(),
});

export const listPlanReviewsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/plan-reviews",
  summary: "The patient's 'review this plan' tasks (opened when recovery stalls), newest first",
  tag: "Questionnaires",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({ reviews: z.array(ZPlanReview) }),
});

export const decidePlanReviewEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/plan-reviews/{taskId}",
  summary: "Record the decision on an open plan review: plan changed, referral, or no change (with the reason)",
  tag: "Questionnaires",
  roles: ["CLINICIAN"],
  params: ZPatientParams.extend({ taskId: ZRecordId }),
  body: ZPlanReviewDecisionInput,
  response: ZPlanReview,
  otherResponses: { 409: "The review was already recorded." },
});

export const listOpenPlanReviewsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/plan-reviews",
  summary: "The clinic's open plan reviews, oldest first",
  tag: "Questionnaires",
  roles: ["CLINICIAN"],
  response: z.object({ reviews: z.array(z.object({ taskId: z.string(), patientId: z.string(), patientName: z.string(), reason: z.enum(["CHRONICITY_RISK", "WORSE_THAN_FIRST_WEEK"]), createdAt: z.string() })) }),
});
