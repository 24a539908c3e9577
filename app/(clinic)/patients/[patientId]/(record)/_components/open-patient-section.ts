import "server-only";
import { notFound } from "next/navigation";
import { recordPatientPageVisit } from "@/lib/audit/record-page-visit";
import { requirePageViewer } from "@/lib/auth/viewer";
import type { TViewer } from "@/lib/auth/viewer-types";
import { getDb, type TDatabase } from "@/lib/db/client";
import { getPatientRecord, type TPatientRecord } from "@/lib/patients/get-patient-record";

export type TPatientSection = { db: TDatabase; viewer: TViewer; record: TPatientRecord };

/**
 * The start of every section of the clinician's patient page: one "viewed the
 * record" event naming what the section shows, recorded before anything is
 * read, then the record for the header. The viewer returned reads this
 * patient without recording each read again (lib/audit/record-page-visit.ts).
 */
export async function openPatientSection(params: Promise<{ patientId: string }>, sections: readonly string[]): Promise<TPatientSection> {
  const signedIn = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const viewer = await recordPatientPageVisit(db, signedIn, patientId, sections);
  if (!viewer) notFound();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  return { db, viewer, record };
}
