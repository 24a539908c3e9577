import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { EPISODE_FIELDS, toEpisodeView, type TEpisodeView } from "./episode-view";

/**
 * The patient's episodes, newest first: the current (ACTIVE) one, then the
 * closed ones by when they were started. For the clinic's clinicians and the
 * patient themself (whose own reading is not audited).
 */
export async function listEpisodes(db: TDatabase, viewer: TViewer, patientId: string): Promise<TEpisodeView[]> {
  requireRole(viewer, "CLINICIAN", "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.episodes.view");
  const rows = await db.episode.findMany({
    where: { patientId },
    // The enum sorts in declaration order: ACTIVE before CLOSED.
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    select: EPISODE_FIELDS,
  });
  return rows.map(toEpisodeView);
}
