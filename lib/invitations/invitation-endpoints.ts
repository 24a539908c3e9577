import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZAcceptInvitation } from "./accept-invitation-input";
import { INVITATION_STATUSES } from "./invitation-status";

/** What the inviter learns: the status and the address it went to, never the link (it goes only by email). */
export const ZInvitationSent = z.object({
  status: z.enum(INVITATION_STATUSES).describe("sent, or not-sent when the mail server refused it (send again)."),
  email: z.string().describe("The address the invitation was emailed to."),
  expiresAt: z.string(),
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
