import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { deliverInvitation } from "@/lib/invitations/deliver-invitation";
import { createPatient } from "@/lib/patients/create-patient";
import { listClinicPatients } from "@/lib/patients/list-clinic-patients";
import { createPatientEndpoint, listPatientsEndpoint } from "@/lib/patients/patient-endpoints";

// A list of names is not a read of any one patient's record, so it is not audit-logged per patient (opening a record is).
export const GET = handleEndpoint(listPatientsEndpoint, async ({ viewer, query }) => listClinicPatients(getDb(), viewer, query));

export const POST = handleEndpoint(createPatientEndpoint, async ({ viewer, body, request }) => {
  const db = getDb();
  const { patientId, invitation } = await createPatient(db, viewer, body);
  return { patientId, ...(await deliverInvitation(db, { userId: patientId, invitation, requestOrigin: new URL(request.url).origin })) };
});
