import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { createPlanTemplate } from "@/lib/plan-templates/create-plan-template";
import { listPlanTemplates } from "@/lib/plan-templates/list-plan-templates";
import { createPlanTemplateEndpoint, listPlanTemplatesEndpoint } from "@/lib/plan-templates/plan-template-endpoints";

export const GET = handleEndpoint(listPlanTemplatesEndpoint, async ({ viewer }) => ({ templates: await listPlanTemplates(getDb(), viewer) }));

export const POST = handleEndpoint(createPlanTemplateEndpoint, async ({ viewer, body }) => ({ template: await createPlanTemplate(getDb(), viewer, body) }));
