import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { previewBulkAssignEndpoint } from "@/lib/bulk-assign/bulk-assign-endpoints";
import { previewBulkAssignGuide } from "@/lib/bulk-assign/bulk-assign-guide";

export const POST = handleEndpoint(previewBulkAssignEndpoint, async ({ viewer, body }) => previewBulkAssignGuide(getDb(), viewer, body));
