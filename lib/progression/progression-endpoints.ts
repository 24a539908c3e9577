import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { ZApplyProgression } from "./progression-input";

const ZDirection = z.enum(["harder", "easier"]);
const ZExerciseRef = z.object({ slug: z.string(), name: z.string() });

export const listProgressionSuggestionsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/progressions",
  summary: "What the patient's own marks (too easy, too hard, pain above the exercise's acceptable level) suggest for their current plan; nothing is changed",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({
    suggestions: z.array(
      z.object({
        planId: z.string(),
        planItemId: z.string(),
        exercise: ZExerciseRef,
        direction: ZDirection,
        replacement: ZExerciseRef.nullable(),
        reason: z.string(),
        dates: z.array(z.string()),
      }),
    ),
  }),
});

export const applyProgressionEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/progressions",
  summary: "Accept a progression suggestion: a new plan version with the exercise swapped for its linked harder or easier version. Idempotent on requestId",
  tag: "Exercise plans",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZApplyProgression,
  response: z.object({ planId: z.string(), versionNumber: z.number().int(), from: z.string(), to: z.string(), direction: ZDirection }),
  otherResponses: { 409: "The suggestion no longer holds, or the requestId was used for another patient." },
});
