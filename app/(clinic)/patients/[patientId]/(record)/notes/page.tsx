import type { Metadata } from "next";
import { Suspense } from "react";
import type { TViewer } from "@/lib/auth/viewer-types";
import { mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TDatabase } from "@/lib/db/client";
import { listClinicianNotes } from "@/lib/notes/clinician-notes";
import { AddNoteForm } from "../../_components/add-note-form";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Clinic notes" };

export default async function NotesSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "clinic notes"]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-xl font-bold text-brand-900">
          Clinic notes
        </h2>
        <p className="text-sm text-muted">Only your clinic&apos;s clinicians see these notes. The patient does not.</p>
        <AddNoteForm patientId={record.id} />
        <Suspense fallback={<SectionSkeleton label="the notes" />}>
          <Notes db={db} viewer={viewer} patientId={record.id} />
        </Suspense>
      </section>
    </div>
  );
}

async function Notes({ db, viewer, patientId }: { db: TDatabase; viewer: TViewer; patientId: string }) {
  const notes = await listClinicianNotes(db, viewer, patientId);
  if (notes.length === 0) return <p>No notes yet.</p>;
  return (
    <ul className="space-y-2">
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg border border-brand-100 p-3">
          <p className="text-sm text-muted">
            {note.authorName}, <time dateTime={note.createdAt.toISOString()}>{mediumDateOfInstant(note.createdAt)}</time>
          </p>
          <p className="mt-1 whitespace-pre-line">{note.body}</p>
        </li>
      ))}
    </ul>
  );
}
