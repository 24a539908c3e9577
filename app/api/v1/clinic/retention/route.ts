import { handleEndpoint } from "@/lib/api/endpoint";
import { getRetentionReviewEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { getRetentionReview } from "@/lib/clinic-records/retention-review";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(getRetentionReviewEndpoint, async ({ viewer }) => getRetentionReview(getDb(), viewer));
