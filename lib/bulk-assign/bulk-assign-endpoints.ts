import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZBulkAssign, ZBulkAssignPreview } from "./bulk-assign-input";

const ZBulkAssignResult = z.object({
  guide: z.object({ slug: z.string(), title: z.string() }),
  rows: z.array(z.object({ patientId: z.string(), name: z.string(), outcome: z.enum(["gets it", "already has it"]) })),
  assigned: z.number().int(),
});

export const previewBulkAssignEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/bulk/guide-assignments/preview",
  summary: "Who of the chosen patients would get the guide and who already has it; nothing is stored",
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZBulkAssignPreview,
  response: ZBulkAssignResult,
});

export const bulkAssignEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/bulk/guide-assignments",
  summary: "Give one guide to several patients at once: all or nothing, each assignment audited. Idempotent on requestId",
  tag: "Patients",
  roles: ["CLINICIAN"],
  body: ZBulkAssign,
  response: ZBulkAssignResult,
  otherResponses: { 409: "The requestId was already used by someone else." },
});
