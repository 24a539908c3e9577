import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { revisePlanTemplate } from "@/lib/plan-templates/copy-plan-template";
import { revisePlanTemplateEndpoint } from "@/lib/plan-templates/plan-template-endpoints";

export const POST = handleEndpoint(revisePlanTemplateEndpoint, async ({ viewer, params, body }) => ({ template: await revisePlanTemplate(getDb(), viewer, params.templateId, body) }));
