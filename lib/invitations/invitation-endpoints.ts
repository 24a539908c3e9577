import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZAcceptInvitation } from "./accept-invitation-input";

export const ZIssuedInvitation = z.object({
  invitationUrl: z.string(),
  expiresAt: z.string(),
  emailed: z.boolean(),
});

export const acceptInvitationEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/invitations/accept",
  summary: "Set my password with an invitation link's code (the link then stops working)",
  tag: "Account",
  roles: ["public"],
  body: ZAcceptInvitation,
  response: z.object({ email: z.string() }),
  otherResponses: { 409: "The link was already used, has expired or is not valid." },
});
