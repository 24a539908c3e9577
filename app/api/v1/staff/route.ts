import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "@/lib/invitations/deliver-invitation";
import { inviteClinician, listStaff } from "@/lib/staff/staff";
import { inviteClinicianEndpoint, listStaffEndpoint } from "@/lib/staff/staff-endpoints";

export const GET = handleEndpoint(listStaffEndpoint, async ({ viewer }) => ({ staff: await listStaff(getDb(), viewer) }));

export const POST = handleEndpoint(inviteClinicianEndpoint, async ({ viewer, body, request }) => {
  const db = getDb();
  const { userId, invitation } = await inviteClinician(db, viewer, body);
  return { userId, ...(await deliverInvitation(db, { userId, invitation, requestOrigin: new URL(request.url).origin })) };
});
