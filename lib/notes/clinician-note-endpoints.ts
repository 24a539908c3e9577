import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { ZAddClinicianNote } from "./clinician-note-input";

const ZNote = z.object({ id: z.string(), body: z.string(), createdAt: z.string(), authorName: z.string() });

export const listClinicianNotesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/notes",
  summary: "The clinic's private notes on a patient, newest first (never shown to the patient)",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({ notes: z.array(ZNote) }),
});

export const addClinicianNoteEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/notes",
  summary: "Add a private clinic note on a patient",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZAddClinicianNote,
  response: ZNote,
});
