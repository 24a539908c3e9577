import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DischargeSummarySheet } from "@/components/discharge/discharge-summary-sheet";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getDischargeSummary } from "@/lib/discharge/get-discharge-summary";
import { NotFoundError } from "@/lib/errors/domain-errors";

export const metadata: Metadata = { title: "Discharge summary" };

/** The printable one-page discharge summary, for the patient and their doctor (same print path as the visit summary). */
export default async function DischargeSummaryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const summary = await getDischargeSummary(getDb(), viewer, patientId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!summary) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="no-print flex flex-wrap items-center gap-4">
        <Link href={`/patients/${patientId}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to {summary.patientName}
        </Link>
        <PrintButton label="Print or save as PDF" />
      </p>
      <DischargeSummarySheet summary={summary} />
    </div>
  );
}
