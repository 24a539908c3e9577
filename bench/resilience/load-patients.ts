import { acceptInvitation } from "../../lib/invitations/accept-invitation";
import { createDatabaseClient } from "../../lib/db/client";
import { createPatient } from "../../lib/patients/create-patient";
import { viewerFor } from "../../tools/testing/viewers";

export interface TLoadPatient {
  email: string;
  patientId: string;
  timeZone: string;
}

const TIME_ZONE = "America/New_York";

/**
 * Patients of their own for the load, with no check-ins yet (so every check-in
 * row the run leaves is one it sent): added by a demo clinician and signed up
 * through their invitations, the way real patients are.
 */
export async function addLoadPatients(databaseUrl: string, count: number, password: string): Promise<TLoadPatient[]> {
  const db = createDatabaseClient(databaseUrl);
  try {
    const clinician = await viewerFor(db, "lee@riverside.example", "resilience-setup");
    const run = Date.now().toString(36);
    const patients: TLoadPatient[] = [];
    for (let index = 1; index <= count; index++) {
      const email = `load-${run}-${index}@resilience.example`;
      const { patientId, invitation } = await createPatient(db, clinician, {
        name: `Load Patient ${index}`,
        email,
        dateOfBirth: "1980-01-01",
        onsetDate: "2025-01-01",
        primaryCondition: "LOW_BACK_PAIN",
        timeZone: TIME_ZONE,
      }, { origin: "http://localhost" });
      // The setup reads the link from what was issued (only `npm run clinic` and tooling may); people get it by email.
      await acceptInvitation(db, { token: new URL(invitation.url).pathname.split("/").at(-1)!, password });
      patients.push({ email, patientId, timeZone: TIME_ZONE });
    }
    return patients;
  } finally {
    await db.$disconnect();
  }
}
