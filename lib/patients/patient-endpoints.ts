import { z } from "zod";
import { defineEndpoint } from "../api/endpoint";
import { ZPatientParams } from "../api/path-params";
import { Condition, EpisodeStatus } from "../db/generated/enums";
import { ZIssuedInvitation } from "../invitations/invitation-endpoints";
import { ZCreatePatient } from "./patient-input";
import { EPISODE_PHASES, ZPatientListQuery } from "./patient-list-query";

export const createPatientEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients",
  summary: "Add a patient to my clinic and get their single-use invitation link",
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZCreatePatient,
  response: ZIssuedInvitation.extend({ patientId: z.string() }),
  otherResponses: { 409: "The email already has an account." },
});

export const listPatientsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients",
  summary: "My clinic's patients, a page at a time: search by name or email, filter by phase or condition, sort",
  tag: "Patients",
  roles: ["CLINICIAN"],
  query: ZPatientListQuery,
  response: z.object({
    patients: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        hasSignedUp: z.boolean(),
        onsetDate: z.string().nullable(),
        daysSinceOnset: z.number().int().nullable(),
        primaryCondition: z.enum(Condition).nullable(),
        phase: z.enum(EPISODE_PHASES).nullable(),
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
  summary: "A new invitation link for a patient who has not set a password yet (earlier links stop working)",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: ZIssuedInvitation,
  otherResponses: { 409: "The patient has already set a password." },
});
