import "server-only";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";

/**
 * The emergency number the viewer's clinic gives its patients (red-flag
 * boxes, the cauda equina card); null for someone not signed in, who is told
 * to call their local emergency number. Clinic settings, not patient data:
 * not audited.
 */
export async function getEmergencyNumber(db: TDatabase, viewer: TViewer | null): Promise<string | null> {
  if (!viewer) return null;
  const clinic = await db.clinic.findUnique({ where: { id: viewer.clinicId }, select: { emergencyNumber: true } });
  return clinic?.emergencyNumber.trim() || null;
}
