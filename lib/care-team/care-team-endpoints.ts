import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { ZCareTeamInput } from "./care-team-input";

const ZCareTeam = z.object({ members: z.array(z.object({ clinicianId: z.string(), name: z.string() })) });

export const getCareTeamEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/care-team",
  summary: "The patient's care team: the clinicians told first about their alerts",
  tag: "Care team",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: ZCareTeam,
});

export const setCareTeamEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/patients/{patientId}/care-team",
  summary: "Set the patient's care team (one or more active clinicians of the clinic)",
  tag: "Care team",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZCareTeamInput,
  response: ZCareTeam,
});
