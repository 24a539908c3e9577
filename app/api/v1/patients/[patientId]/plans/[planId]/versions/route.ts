import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { revisePlanEndpoint } from "@/lib/plans/plan-endpoints";
import { revisePlan } from "@/lib/plans/revise-plan";

export const POST = handleEndpoint(revisePlanEndpoint, async ({ viewer, params, body }) => revisePlan(getDb(), viewer, params.patientId, params.planId, body));
