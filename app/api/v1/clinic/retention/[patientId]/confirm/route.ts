import { handleEndpoint } from "@/lib/api/endpoint";
import { confirmRetentionEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { confirmRetentionDeletion } from "@/lib/clinic-records/retention-review";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(confirmRetentionEndpoint, async ({ viewer, params }) => confirmRetentionDeletion(getDb(), viewer, params.patientId));
