import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationEndpoint } from "@/lib/invitations/invitation-endpoints";

export const POST = handlePublicEndpoint(acceptInvitationEndpoint, async ({ body }) => acceptInvitation(getDb(), body));
