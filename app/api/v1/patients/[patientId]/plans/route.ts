import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { createPlanEndpoint, getPatientPlansEndpoint } from "@/lib/plans/plan-endpoints";

export const GET = handleEndpoint(getPatientPlansEndpoint, async ({ viewer, params }) => getPatientPlans(getDb(), viewer, params.patientId));

export const POST = handleEndpoint(createPlanEndpoint, async ({ viewer, params, body }) => createPlan(getDb(), viewer, params.patientId, body));
