import { handleEndpoint } from "@/lib/api/endpoint";
import { assignGuidesEndpoint, guideAssignmentJson, listPatientGuidesEndpoint } from "@/lib/assignments/guide-assignment-endpoints";
import { assignGuides, listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(listPatientGuidesEndpoint, async ({ viewer, params }) => ({
  assignments: (await listGuideAssignments(getDb(), viewer, params.patientId)).map(guideAssignmentJson),
}));

export const POST = handleEndpoint(assignGuidesEndpoint, async ({ viewer, params, body }) => assignGuides(getDb(), viewer, params.patientId, body));
