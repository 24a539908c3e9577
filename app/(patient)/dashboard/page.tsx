import type { Metadata } from "next";
import Link from "next/link";
import { RedFlagsBox } from "@/components/ui/red-flags-box";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";

export const metadata: Metadata = { title: "My dashboard" };

export default async function DashboardPage() {
  const viewer = await requirePageViewer("PATIENT");
  const record = await getPatientRecord(getDb(), viewer, viewer.userId);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Hello, {record?.name ?? viewer.name}</h1>
      {record?.episode ? (
        <p>
          Your clinic is helping you with <strong>{CONDITION_LABELS[record.episode.primaryCondition].toLowerCase()}</strong>, which began on{" "}
          <time dateTime={record.episode.onsetDate}>{new Date(`${record.episode.onsetDate}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}</time>.
        </p>
      ) : null}
      <p>Your guides, exercises and daily check-ins will appear here once your clinician adds them.</p>
      <p>
        <Link href="/my-data/access" className="font-medium text-brand-800 underline">
          See who has viewed your data
        </Link>
      </p>
      <RedFlagsBox />
    </div>
  );
}
