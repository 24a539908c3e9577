import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "@/lib/invitations/deliver-invitation";
import { reissueStaffInvitation } from "@/lib/staff/staff";
import { reissueStaffInvitationEndpoint } from "@/lib/staff/staff-endpoints";

export const POST = handleEndpoint(reissueStaffInvitationEndpoint, async ({ viewer, params, request }) => {
  const db = getDb();
  const invitation = await reissueStaffInvitation(db, viewer, params.userId);
  return deliverInvitation(db, { userId: params.userId, invitation, requestOrigin: new URL(request.url).origin });
});
