import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { retirePlanTemplate } from "@/lib/plan-templates/retire-plan-template";
import { retirePlanTemplateEndpoint } from "@/lib/plan-templates/plan-template-endpoints";

export const POST = handleEndpoint(retirePlanTemplateEndpoint, async ({ viewer, params }) => {
  await retirePlanTemplate(getDb(), viewer, params.templateId);
  return { retired: true as const };
});
