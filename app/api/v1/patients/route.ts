import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "@/lib/invitations/deliver-invitation";
import { createPatient } from "@/lib/patients/create-patient";
import { createPatientEndpoint } from "@/lib/patients/patient-endpoints";

export const POST = handleEndpoint(createPatientEndpoint, async ({ viewer, body, request }) => {
  const db = getDb();
  const { patientId, invitation } = await createPatient(db, viewer, body);
  return { patientId, ...(await deliverInvitation(db, { userId: patientId, invitation, requestOrigin: new URL(request.url).origin })) };
});
