import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { duplicatePlanTemplate } from "@/lib/plan-templates/copy-plan-template";
import { duplicatePlanTemplateEndpoint } from "@/lib/plan-templates/plan-template-endpoints";

export const POST = handleEndpoint(duplicatePlanTemplateEndpoint, async ({ viewer, params, body }) => ({ template: await duplicatePlanTemplate(getDb(), viewer, params.templateId, body) }));
