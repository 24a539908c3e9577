import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { invitationSentJson } from "@/lib/invitations/issue-and-email-invitation";
import { createPatient } from "@/lib/patients/create-patient";
import { listClinicPatients } from "@/lib/patients/list-clinic-patients";
import { createPatientEndpoint, listPatientsEndpoint } from "@/lib/patients/patient-endpoints";

// A list of names is not a read of any one patient's record, so it is not audit-logged per patient (opening a record is).
export const GET = handleEndpoint(listPatientsEndpoint, async ({ viewer, query }) => listClinicPatients(getDb(), viewer, query));

export const POST = handleEndpoint(createPatientEndpoint, async ({ viewer, body, request }) => {
  const { patientId, invitation } = await createPatient(getDb(), viewer, body, { origin: new URL(request.url).origin });
  return { patientId, ...invitationSentJson(invitation) };
});
