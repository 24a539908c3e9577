import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams, ZRecordId } from "../api/path-params";
import { ZAssignGuides } from "./guide-assignment-input";
import type { TGuideAssignmentView } from "./guide-assignments";

/** One assignment as the API answers it (instants as ISO strings). */
export const ZGuideAssignmentJson = z.object({
  id: z.string(),
  guideSlug: z.string(),
  guideTitle: z.string(),
  note: z.string().nullable(),
  assignedAt: z.string(),
  assignedByName: z.string(),
  unassignedAt: z.string().nullable(),
  firstOpenedAt: z.string().nullable(),
});
export type TGuideAssignmentJson = z.infer<typeof ZGuideAssignmentJson>;

export function guideAssignmentJson(row: TGuideAssignmentView): TGuideAssignmentJson {
  return {
    ...row,
    assignedAt: row.assignedAt.toISOString(),
    unassignedAt: row.unassignedAt?.toISOString() ?? null,
    firstOpenedAt: row.firstOpenedAt?.toISOString() ?? null,
  };
}

export const listPatientGuidesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/guides",
  summary: "The patient's guides: the whole history for the clinician, current ones (unread first) for the patient",
  tag: "Guides",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({ assignments: z.array(ZGuideAssignmentJson) }),
});

export const assignGuidesEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/guides",
  summary: "Assign guides to the patient, with an optional note (guides they already have are left as they are)",
  tag: "Guides",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZAssignGuides,
  response: z.object({ assigned: z.number().int() }),
});

export const unassignGuideEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/guides/{assignmentId}/unassign",
  summary: "Take a guide back (the history keeps it)",
  tag: "Guides",
  roles: ["CLINICIAN"],
  params: ZPatientParams.extend({ assignmentId: ZRecordId }),
  response: z.object({ unassigned: z.literal(true) }),
});
