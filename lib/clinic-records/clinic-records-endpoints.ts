import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { ZAcceptConsentInput, ZClinicDocumentInput } from "./clinic-document-input";
import { ZClinicSettingsInput } from "./clinic-settings-input";

const ZClinicSettings = z.object({
  name: z.string(),
  timeZone: z.string(),
  acuteWeeks: z.number(),
  emergencyNumber: z.string(),
  phone: z.string().nullable(),
  openingHours: z.string().nullable(),
  replyTimeText: z.string().nullable(),
  outOfHoursText: z.string().nullable(),
  retentionYears: z.number(),
  updatedAt: z.string(),
});

const ZClinicDocument = z.object({
  id: z.string(),
  kind: z.enum(["PRIVACY_NOTICE", "TERMS"]),
  version: z.number(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

const ZConsentStatus = z.object({
  outstanding: z.array(ZClinicDocument),
  accepted: z.array(z.object({ kind: z.enum(["PRIVACY_NOTICE", "TERMS"]), version: z.number(), title: z.string(), acceptedAt: z.string() })),
});

export const getClinicSettingsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/clinic/settings",
  summary: "My clinic's settings",
  tag: "Clinic",
  roles: ["ADMIN"],
  response: ZClinicSettings,
});

export const updateClinicSettingsEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/clinic/settings",
  summary: "Save my clinic's settings (every field; audited with the fields changed)",
  tag: "Clinic",
  roles: ["ADMIN"],
  body: ZClinicSettingsInput,
  response: ZClinicSettings,
});

export const listClinicDocumentsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/clinic/documents",
  summary: "The clinic's current privacy notice and terms",
  tag: "Clinic",
  roles: ["ADMIN"],
  response: z.object({ documents: z.array(ZClinicDocument) }),
});

export const publishClinicDocumentEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/clinic/documents",
  summary: "Publish a new version of the privacy notice or terms (patients accept it at their next visit)",
  tag: "Clinic",
  roles: ["ADMIN"],
  body: ZClinicDocumentInput,
  response: ZClinicDocument,
  otherResponses: { 409: "Another version was saved a moment earlier." },
});

export const getConsentEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/consent",
  summary: "Which versions of the privacy notice and terms the patient accepted, and which are still to accept",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: ZConsentStatus,
});

export const acceptConsentEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/consent",
  summary: "Accept the current privacy notice and terms (all outstanding versions at once; a repeat stores nothing twice)",
  tag: "Patients",
  roles: ["PATIENT"],
  params: ZPatientParams,
  body: ZAcceptConsentInput,
  response: ZConsentStatus,
  otherResponses: { 409: "A version given is no longer the current one." },
});

export const getRetentionReviewEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/clinic/retention",
  summary: "The latest monthly list of records past the clinic's retention period (opaque ids and invitation dates only)",
  tag: "Clinic",
  roles: ["ADMIN"],
  response: z.object({
    retentionYears: z.number(),
    review: z
      .object({
        asOf: z.string(),
        retentionYears: z.number(),
        total: z.number(),
        confirmed: z.number(),
        patients: z.array(z.object({ patientId: z.string(), invitedOn: z.string(), confirmedForDeletionOn: z.string().nullable() })),
      })
      .nullable(),
  }),
});

export const confirmRetentionEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/clinic/retention/{patientId}/confirm",
  summary: "Confirm a listed record for deletion (recorded and audited; nothing is deleted yet)",
  tag: "Clinic",
  roles: ["ADMIN"],
  params: z.object({ patientId: ZRecordId }),
  response: z.object({ patientId: z.string(), confirmedForDeletionOn: z.string() }),
});

export const clinicExportEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/clinic/export",
  summary: "The clinic's full export: a ZIP with a CSV per table, a FHIR bundle per patient and a README (audited with every patient id)",
  tag: "Clinic",
  roles: ["ADMIN"],
  response: z.string().describe("application/zip"),
  responseType: "application/zip",
});
