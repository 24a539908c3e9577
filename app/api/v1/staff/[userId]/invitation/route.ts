import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { invitationSentJson } from "@/lib/invitations/issue-and-email-invitation";
import { reissueStaffInvitation } from "@/lib/staff/staff";
import { reissueStaffInvitationEndpoint } from "@/lib/staff/staff-endpoints";

export const POST = handleEndpoint(reissueStaffInvitationEndpoint, async ({ viewer, params, request }) =>
  invitationSentJson(await reissueStaffInvitation(getDb(), viewer, params.userId, { origin: new URL(request.url).origin })),
);
