import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZCompletePasswordReset, ZRequestPasswordReset } from "./password-reset-input";

export const requestPasswordResetEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/password-reset",
  summary: "Email a single-use password-reset link (1 hour) to the account with this address, if there is one: the answer is the same either way",
  tag: "Account",
  roles: ["public"],
  body: ZRequestPasswordReset,
  response: z.object({ requested: z.literal(true) }),
  otherResponses: { 429: "Too many requests for this address or from this network: try again later." },
});

export const completePasswordResetEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/password-reset/complete",
  summary: "Set a new password with a reset link's code: every session ends and calendar links stop; the link then stops working",
  tag: "Account",
  roles: ["public"],
  body: ZCompletePasswordReset,
  response: z.object({ email: z.string() }),
  otherResponses: { 409: "The link was already used, has expired or is not valid." },
});
