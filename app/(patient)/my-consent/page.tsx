import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DocumentText } from "@/components/clinic-records/document-text";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { DOCUMENT_KIND_LABELS } from "@/lib/clinic-records/default-documents";
import { getDb } from "@/lib/db/client";
import { getEmergencyNumber } from "@/lib/red-flags/get-emergency-number";
import { AcceptConsentForm } from "./_components/accept-consent-form";

export const metadata: Metadata = { title: "Privacy notice and terms" };

/** Between sign-in and the dashboard when the clinic has published a version the patient has not accepted yet. */
export default async function MyConsentPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [status, emergencyNumber] = await Promise.all([getConsentStatus(db, viewer, viewer.userId), getEmergencyNumber(db, viewer)]);
  if (status.outstanding.length === 0) redirect("/dashboard");
  const updated = status.accepted.length > 0;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{updated ? "Your clinic has updated its terms" : "Before you start"}</h1>
      <p>Please read {status.outstanding.length > 1 ? "these" : "this"} and accept to continue.</p>
      {status.outstanding.map((document) => (
        <section key={document.id} aria-labelledby={`${document.id}-heading`} className="space-y-3 rounded-md border border-gray-300 p-4">
          <h2 id={`${document.id}-heading`} className="text-xl font-bold text-brand-900">
            {document.title}
          </h2>
          <p className="text-sm text-muted">
            {DOCUMENT_KIND_LABELS[document.kind]}, version {document.version}
          </p>
          <DocumentText body={document.body} />
        </section>
      ))}
      <p className="rounded-md border border-alert-700 p-3">
        Warning signs cannot wait for this: with new bladder or bowel problems, numbness around the bottom or weakness in both legs, call{" "}
        <a href={`tel:${emergencyNumber ?? "911"}`} className="font-semibold underline">
          {emergencyNumber ?? "your emergency number"}
        </a>{" "}
        now.
      </p>
      <AcceptConsentForm patientId={viewer.userId} documentVersionIds={status.outstanding.map((document) => document.id)} />
    </div>
  );
}
