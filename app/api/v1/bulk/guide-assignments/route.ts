import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { bulkAssignEndpoint } from "@/lib/bulk-assign/bulk-assign-endpoints";
import { bulkAssignGuide } from "@/lib/bulk-assign/bulk-assign-guide";

export const POST = handleEndpoint(bulkAssignEndpoint, async ({ viewer, body }) => bulkAssignGuide(getDb(), viewer, body));
