import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessLogTable } from "@/components/audit/access-log-table";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listPatientAccess } from "@/lib/audit/list-patient-access";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import Link from "next/link";
import { ReissueInvitation } from "@/components/invitations/reissue-invitation";
import { listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { getLibrary } from "@/lib/content/load-library";
import { listClinicianNotes } from "@/lib/notes/clinician-notes";
import { AddNoteForm } from "./_components/add-note-form";
import { AssignGuidesForm } from "./_components/assign-guides-form";
import { UnassignGuideButton } from "./_components/unassign-guide-button";

export const metadata: Metadata = { title: "Patient" };

const formatDay = (date: Date) => date.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  const guides = await listGuideAssignments(db, viewer, patientId);
  const notes = await listClinicianNotes(db, viewer, patientId);
  const accessLog = await listPatientAccess(db, viewer, patientId);
  const activeSlugs = new Set(guides.filter((row) => !row.unassignedAt).map((row) => row.guideSlug));
  const assignable = getLibrary().guides.filter((guide) => !activeSlugs.has(guide.slug));
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{record.name}</h1>
        <p className="text-muted">{record.email}</p>
      </div>
      <section aria-labelledby="profile-heading" className="space-y-2">
        <h2 id="profile-heading" className="text-xl font-bold text-brand-900">
          Profile and episode
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">Date of birth</dt>
          <dd>{record.dateOfBirth}</dd>
          <dt className="font-medium">Time zone</dt>
          <dd>{record.timeZone}</dd>
          <dt className="font-medium">Primary condition</dt>
          <dd>{record.episode ? CONDITION_LABELS[record.episode.primaryCondition] : "—"}</dd>
          <dt className="font-medium">Pain began</dt>
          <dd>{record.episode?.onsetDate ?? "—"}</dd>
          <dt className="font-medium">Account</dt>
          <dd>{record.hasSignedUp ? "Active" : "Invited, has not set a password yet"}</dd>
        </dl>
        {record.hasSignedUp ? null : <ReissueInvitation path={`/api/v1/patients/${record.id}/invitation`} name={record.name} />}
      </section>
      <section aria-labelledby="guides-heading" className="space-y-3">
        <h2 id="guides-heading" className="text-xl font-bold text-brand-900">
          Guides
        </h2>
        {guides.length === 0 ? (
          <p>No guides assigned yet.</p>
        ) : (
          <ul className="space-y-2">
            {guides.map((row) => (
              <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-brand-100 p-3">
                <div>
                  <Link href={`/library/guides/${row.guideSlug}`} className="font-medium text-brand-800 underline">
                    {row.guideTitle}
                  </Link>
                  <p className="text-sm text-muted">
                    Assigned {formatDay(row.assignedAt)} by {row.assignedByName} ·{" "}
                    {row.unassignedAt ? `taken back ${formatDay(row.unassignedAt)}` : row.firstOpenedAt ? `opened ${formatDay(row.firstOpenedAt)}` : "not opened yet"}
                  </p>
                  {row.note ? <p className="mt-1 text-sm">Note: {row.note}</p> : null}
                </div>
                {row.unassignedAt ? null : <UnassignGuideButton patientId={record.id} assignmentId={row.id} title={row.guideTitle} />}
              </li>
            ))}
          </ul>
        )}
        <AssignGuidesForm patientId={record.id} guides={assignable.map((guide) => ({ slug: guide.slug, title: guide.title }))} />
      </section>
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-xl font-bold text-brand-900">
          Clinic notes
        </h2>
        <p className="text-sm text-muted">Only your clinic&apos;s clinicians see these notes. The patient does not.</p>
        {notes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ul className="space-y-2">
            {notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-brand-100 p-3">
                <p className="text-sm text-muted">
                  {note.authorName}, <time dateTime={note.createdAt.toISOString()}>{formatDay(note.createdAt)}</time>
                </p>
                <p className="mt-1 whitespace-pre-line">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
        <AddNoteForm patientId={record.id} />
      </section>
      <section aria-labelledby="access-heading" className="space-y-2">
        <h2 id="access-heading" className="text-xl font-bold text-brand-900">
          Access history
        </h2>
        <AccessLogTable entries={accessLog} caption={`Who opened or changed ${record.name}'s record, newest first`} showAddress />
      </section>
    </div>
  );
}
