import { handleEndpoint } from "@/lib/api/endpoint";
import { assignGuidesEndpoint, listPatientGuidesEndpoint } from "@/lib/assignments/guide-assignment-endpoints";
import { assignGuides, listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { getDb } from "@/lib/db/client";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const GET = handleEndpoint(listPatientGuidesEndpoint, async ({ viewer, params }) => {
  const rows = await listGuideAssignments(getDb(), viewer, params.patientId);
  return {
    assignments: rows.map((row) => ({ ...row, assignedAt: row.assignedAt.toISOString(), unassignedAt: iso(row.unassignedAt), firstOpenedAt: iso(row.firstOpenedAt) })),
  };
});

export const POST = handleEndpoint(assignGuidesEndpoint, async ({ viewer, params, body }) => assignGuides(getDb(), viewer, params.patientId, body));
