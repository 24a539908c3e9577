import { patientScope } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";

/**
 * Whether the viewer may see this patient at all, without recording anything:
 * for a layout that must answer 404 before its page streams. The page itself
 * still checks, and records the visit or the refusal, once.
 */
export async function isPatientVisible(db: TDatabase, viewer: TViewer, patientId: string): Promise<boolean> {
  return (await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } })) > 0;
}
