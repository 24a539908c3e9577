import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { decidePlanReview, planReviewToJson } from "@/lib/questionnaires/plan-review";
import { decidePlanReviewEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";

export const POST = handleEndpoint(decidePlanReviewEndpoint, async ({ viewer, params, body }) => planReviewToJson(await decidePlanReview(getDb(), viewer, params.patientId, params.taskId, body)));
