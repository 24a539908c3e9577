import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { ZRedeemSetupCode } from "./setup-code-input";

export const issueSetupCodeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/setup-code",
  summary: "A one-time set-up code to print for a patient who has not set a password (24 hours; earlier codes and links stop working); audited",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  response: z.object({ code: z.string(), signInEmail: z.string(), expiresAt: z.string() }),
  otherResponses: { 409: "The patient has already set a password, or the account is deactivated." },
});

export const redeemSetupCodeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/setup-code",
  summary: "Set my password with the code from my set-up sheet (single use; throttled)",
  tag: "Account",
  roles: ["public"],
  body: ZRedeemSetupCode,
  response: z.object({ email: z.string() }),
  otherResponses: { 409: "The email and code do not match a code that is still valid.", 429: "Too many wrong codes: try again later." },
});
