import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listClinicDocuments } from "@/lib/clinic-records/clinic-documents";
import { getClinicSettings } from "@/lib/clinic-records/clinic-settings";
import { DOCUMENT_KIND_LABELS } from "@/lib/clinic-records/default-documents";
import { getDb } from "@/lib/db/client";
import { ClinicDocumentForm } from "./_components/clinic-document-form";
import { ClinicSettingsForm } from "./_components/clinic-settings-form";

export const metadata: Metadata = { title: "Clinic settings" };

/** The admin's clinic settings, and the privacy notice and terms patients accept. */
export default async function ClinicSettingsPage() {
  const viewer = await requirePageViewer("ADMIN");
  const db = getDb();
  const [settings, documents] = await Promise.all([getClinicSettings(db, viewer), listClinicDocuments(db, viewer)]);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <section aria-labelledby="settings-heading" className="space-y-4">
        <h1 id="settings-heading" className="text-2xl font-bold text-brand-900">
          Clinic settings
        </h1>
        <p>Patients see the emergency number, phone, hours and out-of-hours advice on their warning-sign screens as soon as you save.</p>
        <ClinicSettingsForm initial={settings} timeZones={Intl.supportedValuesOf("timeZone")} />
      </section>
      {documents.map((document) => (
        <section key={document.kind} aria-labelledby={`${document.kind}-heading`} className="space-y-3">
          <h2 id={`${document.kind}-heading`} className="text-xl font-bold text-brand-900">
            {DOCUMENT_KIND_LABELS[document.kind]}
          </h2>
          <p className="text-sm text-muted">
            Version {document.version}, published <time dateTime={document.createdAt}>{document.createdAt.slice(0, 10)}</time>. Saving publishes a new version, and every patient is asked to accept it.
          </p>
          <ClinicDocumentForm kind={document.kind} label={DOCUMENT_KIND_LABELS[document.kind]} title={document.title} body={document.body} version={document.version} />
        </section>
      ))}
    </div>
  );
}
