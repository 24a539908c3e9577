import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { addClinicianNoteEndpoint, listClinicianNotesEndpoint } from "@/lib/notes/clinician-note-endpoints";
import { addClinicianNote, listClinicianNotes, type TClinicianNoteView } from "@/lib/notes/clinician-notes";

const toJson = (note: TClinicianNoteView) => ({ ...note, createdAt: note.createdAt.toISOString() });

export const GET = handleEndpoint(listClinicianNotesEndpoint, async ({ viewer, params }) => ({
  notes: (await listClinicianNotes(getDb(), viewer, params.patientId)).map(toJson),
}));

export const POST = handleEndpoint(addClinicianNoteEndpoint, async ({ viewer, params, body }) => toJson(await addClinicianNote(getDb(), viewer, params.patientId, body)));
