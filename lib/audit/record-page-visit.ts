import { patientScope, recordRefusedAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { recordAudit } from "./record-audit";

/**
 * A clinician's patient page reads a dozen things about one patient; the
 * trail gets one "viewed the record" event per visit, naming the sections the
 * page shows, instead of one per read. Returns the viewer to read with (its
 * reads of this patient are not recorded again; its changes still are), or
 * null when the patient is not the viewer's to see (the refusal is recorded
 * when the patient exists).
 */
export async function recordPatientPageVisit(db: TDatabase, viewer: TViewer, patientId: string, sections: readonly string[]): Promise<TViewer | null> {
  const visible = await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } });
  if (visible === 0) {
    await recordRefusedAccess(db, viewer, patientId);
    return null;
  }
  await recordAudit(db, viewer, { action: "patient.view", patientId, detail: { sections: [...sections] } });
  return { ...viewer, visitRecordedFor: patientId };
}
