import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { FLARE_UP_TEXT_MAX, ZFlareUpPlanInput } from "./flare-up-plan-input";

const ZPartOut = z.string().max(FLARE_UP_TEXT_MAX).nullable();

const ZFlareUpPlan = z.object({
  parts: z.object({
    earlySigns: ZPartOut.describe("Early signs of a flare-up."),
    whatHelps: ZPartOut.describe("What helps (keeping gently active, heat, pacing ...)."),
    scaleBack: ZPartOut.describe("Activities to scale back for a while, and how."),
    medicines: ZPartOut.describe("Medicines agreed with the clinician."),
    whenToGetHelp: ZPartOut.describe("When to get help; before the first save, a pointer to the red flags."),
    whoToContact: ZPartOut.describe("Who to contact."),
  }),
  saved: z.boolean().describe("False until the plan is first saved: the parts are then a suggested start."),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ name: z.string(), role: z.enum(["PATIENT", "CLINICIAN", "ADMIN"]) }).nullable(),
});

export const getFlareUpPlanEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/flare-up-plan",
  summary: "The patient's flare-up plan (audited for clinicians)",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: ZFlareUpPlan,
});

export const saveFlareUpPlanEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/patients/{patientId}/flare-up-plan",
  summary: "Save the whole flare-up plan (a part left out is cleared; audited for clinicians)",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  body: ZFlareUpPlanInput,
  response: ZFlareUpPlan,
});
