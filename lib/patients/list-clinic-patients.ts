import { patientScope, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { fromDbDate } from "../dates/calendar-date";
import type { Database } from "../db/client";
import type { Condition } from "../db/generated/enums";

export interface PatientListRow {
  id: string;
  name: string;
  email: string;
  hasSignedUp: boolean;
  onsetDate: string | null;
  primaryCondition: Condition | null;
}

/**
 * The clinician's patients, by name. The full list (phase, trend, filters,
 * sorting, pagination at 10,000 patients) arrives with the clinician workspace.
 */
export async function listClinicPatients(db: Database, viewer: Viewer, options: { limit?: number } = {}): Promise<PatientListRow[]> {
  requireRole(viewer, "CLINICIAN");
  const profiles = await db.patientProfile.findMany({
    where: patientScope(viewer),
    orderBy: { user: { name: "asc" } },
    take: options.limit ?? 200,
    select: {
      user: { select: { id: true, name: true, email: true, passwordHash: true } },
      episodes: { where: { status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, take: 1, select: { onsetDate: true, primaryCondition: true } },
    },
  });
  return profiles.map(({ user, episodes: [episode] }) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    hasSignedUp: user.passwordHash !== null,
    onsetDate: episode ? fromDbDate(episode.onsetDate) : null,
    primaryCondition: episode?.primaryCondition ?? null,
  }));
}
