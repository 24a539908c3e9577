import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationEndpoint } from "@/lib/invitations/invitation-endpoints";

export const POST = handlePublicEndpoint(acceptInvitationEndpoint, async ({ body, request }) =>
  acceptInvitation(getDb(), body, new Date(), { ip: clientAddress(request.headers), userAgent: request.headers.get("user-agent") }),
);
