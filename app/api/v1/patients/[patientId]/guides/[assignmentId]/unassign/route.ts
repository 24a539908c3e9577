import { handleEndpoint } from "@/lib/api/endpoint";
import { unassignGuideEndpoint } from "@/lib/assignments/guide-assignment-endpoints";
import { unassignGuide } from "@/lib/assignments/guide-assignments";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(unassignGuideEndpoint, async ({ viewer, params }) => {
  await unassignGuide(getDb(), viewer, params.patientId, params.assignmentId);
  return { unassigned: true as const };
});
