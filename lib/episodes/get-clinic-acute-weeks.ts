import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";

/** The viewer's clinic's acute/subacute split in weeks (lib/trends/phase.ts explains it). */
export async function getClinicAcuteWeeks(db: TDatabase, viewer: TViewer): Promise<number> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: { acuteWeeks: true } });
  return clinic.acuteWeeks;
}
