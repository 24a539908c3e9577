import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZRecordId } from "../api/path-params";
import { ZPlanDoseView } from "../plans/plan-endpoints";
import { ZWritePlanTemplate } from "../plans/plan-input";
import { ZDuplicatePlanTemplate } from "./plan-template-input";

const ZPlanTemplateView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  items: z.array(ZPlanDoseView),
});

export const listPlanTemplatesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/plan-templates",
  summary: "My clinic's exercise plan templates in use, by name",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  response: z.object({ templates: z.array(ZPlanTemplateView) }),
});

export const createPlanTemplateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/plan-templates",
  summary: "Add an exercise plan template to my clinic",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  body: ZWritePlanTemplate,
  response: z.object({ template: ZPlanTemplateView }),
  otherResponses: { 409: "The clinic already has a template with this name (retired ones included)." },
});

export const retirePlanTemplateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/plan-templates/{templateId}/retire",
  summary: "Take a template out of use (plans made from it do not change)",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: z.object({ templateId: ZRecordId }),
  response: z.object({ retired: z.literal(true) }),
});

export const duplicatePlanTemplateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/plan-templates/{templateId}/duplicate",
  summary: "Copy a template in use (exercises, doses, texts) under a new name",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: z.object({ templateId: ZRecordId }),
  body: ZDuplicatePlanTemplate,
  response: z.object({ template: ZPlanTemplateView }),
  otherResponses: { 409: "The clinic already has a template with this name (retired ones included)." },
});

export const revisePlanTemplateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/plan-templates/{templateId}/revisions",
  summary: "Edit a template: the edit is stored as a new template and the old one retired (renamed “… (replaced <time>)”); plans made from it do not change",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: z.object({ templateId: ZRecordId }),
  body: ZWritePlanTemplate,
  response: z.object({ template: ZPlanTemplateView }),
  otherResponses: { 409: "Another template of the clinic already has this name." },
});
