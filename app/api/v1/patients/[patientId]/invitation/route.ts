import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "@/lib/invitations/deliver-invitation";
import { reissuePatientInvitation } from "@/lib/patients/create-patient";
import { reissueInvitationEndpoint } from "@/lib/patients/patient-endpoints";

export const POST = handleEndpoint(reissueInvitationEndpoint, async ({ viewer, params, request }) => {
  const db = getDb();
  const invitation = await reissuePatientInvitation(db, viewer, params.patientId);
  return deliverInvitation(db, { userId: params.patientId, invitation, requestOrigin: new URL(request.url).origin });
});
