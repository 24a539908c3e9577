import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { endPlan } from "@/lib/plans/end-plan";
import { endPlanEndpoint } from "@/lib/plans/plan-endpoints";

export const POST = handleEndpoint(endPlanEndpoint, async ({ viewer, params }) => {
  await endPlan(getDb(), viewer, params.patientId, params.planId);
  return { ended: true as const };
});
