import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { invitationSentJson } from "@/lib/invitations/issue-and-email-invitation";
import { inviteClinician, listStaff } from "@/lib/staff/staff";
import { inviteClinicianEndpoint, listStaffEndpoint } from "@/lib/staff/staff-endpoints";

export const GET = handleEndpoint(listStaffEndpoint, async ({ viewer }) => ({ staff: await listStaff(getDb(), viewer) }));

export const POST = handleEndpoint(inviteClinicianEndpoint, async ({ viewer, body, request }) => {
  const { userId, invitation } = await inviteClinician(getDb(), viewer, body, { origin: new URL(request.url).origin });
  return { userId, ...invitationSentJson(invitation) };
});
