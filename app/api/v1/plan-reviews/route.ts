import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listOpenPlanReviews } from "@/lib/questionnaires/plan-review";
import { listOpenPlanReviewsEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";

export const GET = handleEndpoint(listOpenPlanReviewsEndpoint, async ({ viewer }) => ({
  reviews: (await listOpenPlanReviews(getDb(), viewer)).map((review) => ({ ...review, createdAt: review.createdAt.toISOString() })),
}));
