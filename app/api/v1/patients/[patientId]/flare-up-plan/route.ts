import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getFlareUpPlanEndpoint, saveFlareUpPlanEndpoint } from "@/lib/flare-up-plans/flare-up-plan-endpoints";
import { getFlareUpPlan, type TFlareUpPlanView } from "@/lib/flare-up-plans/get-flare-up-plan";
import { saveFlareUpPlan } from "@/lib/flare-up-plans/save-flare-up-plan";

const toJson = (plan: TFlareUpPlanView) => ({ ...plan, updatedAt: plan.updatedAt?.toISOString() ?? null });

export const GET = handleEndpoint(getFlareUpPlanEndpoint, async ({ viewer, params }) => toJson(await getFlareUpPlan(getDb(), viewer, params.patientId)));

export const PUT = handleEndpoint(saveFlareUpPlanEndpoint, async ({ viewer, params, body }) => toJson(await saveFlareUpPlan(getDb(), viewer, params.patientId, body)));
