import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";

export const dataExportEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/export",
  summary: "Download my data: a ZIP with check-ins and exercise completions as CSV, the FHIR R4 bundle, and a README describing every column",
  tag: "Patients",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZPatientParams,
  response: z.string().describe("A ZIP archive, as an attachment (Content-Disposition gives its file name)."),
  responseType: "application/zip",
});
