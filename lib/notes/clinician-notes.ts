import type { z } from "zod";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { ZAddClinicianNote } from "./clinician-note-input";

export interface TClinicianNoteView {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string;
}

/** Notes are for the clinic's clinicians only: a patient never reads them, not even their own. */
export async function listClinicianNotes(db: TDatabase, viewer: TViewer, patientId: string): Promise<TClinicianNoteView[]> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.notes.view");
  const notes = await db.clinicianNote.findMany({
    where: { patientId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return notes.map(({ author, ...note }) => ({ ...note, authorName: author.name }));
}

export async function addClinicianNote(db: TDatabase, viewer: TViewer, patientId: string, input: z.infer<typeof ZAddClinicianNote>): Promise<TClinicianNoteView> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.notes.add");
  const note = await db.clinicianNote.create({
    data: { patientId, authorId: viewer.userId, body: input.body },
    select: { id: true, body: true, createdAt: true },
  });
  return { ...note, authorName: viewer.name };
}
