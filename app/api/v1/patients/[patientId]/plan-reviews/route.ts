import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listPlanReviews, planReviewToJson } from "@/lib/questionnaires/plan-review";
import { listPlanReviewsEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";

export const GET = handleEndpoint(listPlanReviewsEndpoint, async ({ viewer, params }) => ({ reviews: (await listPlanReviews(getDb(), viewer, params.patientId)).map(planReviewToJson) }));
