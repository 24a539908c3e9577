import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { invitationSentJson } from "@/lib/invitations/issue-and-email-invitation";
import { reissuePatientInvitation } from "@/lib/patients/create-patient";
import { reissueInvitationEndpoint } from "@/lib/patients/patient-endpoints";

export const POST = handleEndpoint(reissueInvitationEndpoint, async ({ viewer, params, request }) =>
  invitationSentJson(await reissuePatientInvitation(getDb(), viewer, params.patientId, { origin: new URL(request.url).origin })),
);
