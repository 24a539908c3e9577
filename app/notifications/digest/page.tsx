import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { DIGEST_SILENT_DAYS, getMyDigest, type TDigestPatient } from "@/lib/reminders/clinician-digest";

export const metadata: Metadata = { title: "Daily summary" };

function Section({ id, title, patients }: { id: string; title: string; patients: TDigestPatient[] }) {
  return (
    <section className="space-y-2" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-brand-900">
        {title} ({patients.length})
      </h2>
      {patients.length === 0 ? (
        <p className="text-muted">None.</p>
      ) : (
        <ul className="list-disc pl-6">
          {patients.map((patient) => (
            <li key={patient.patientId}>
              <Link href={`/patients/${patient.patientId}`} className="text-brand-800 underline">
                {patient.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The clinician's daily summary, behind the sign-in (the email and push only say it is ready). */
export default async function DigestPage() {
  const viewer = await requirePageViewer("CLINICIAN");
  const digest = await getMyDigest(getDb(), viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Daily summary</h1>
      <p>Your care-team patients, and the clinic&apos;s patients who have no care team.</p>
      <Section id="digest-flags" title="New red flags in the last day" patients={digest.newFlags} />
      <Section id="digest-risk" title="At risk of lasting pain (not improving by 6 weeks)" patients={digest.chronicityRisk} />
      <Section id="digest-worse" title="Worse than their first week" patients={digest.worseThanFirstWeek} />
      <Section id="digest-silent" title={`No check-in for ${DIGEST_SILENT_DAYS} days or more`} patients={digest.silent} />
    </div>
  );
}
