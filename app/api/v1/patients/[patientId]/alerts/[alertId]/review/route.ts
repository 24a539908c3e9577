import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { reviewAlertEndpoint } from "@/lib/red-flags/alert-endpoints";
import { markRedFlagAlertReviewed } from "@/lib/red-flags/mark-alert-reviewed";

export const POST = handleEndpoint(reviewAlertEndpoint, async ({ viewer, params, body }) => {
  await markRedFlagAlertReviewed(getDb(), viewer, params.patientId, params.alertId, body);
  return { reviewed: true as const };
});
