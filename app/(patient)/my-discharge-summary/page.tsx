import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DischargeSummarySheet } from "@/components/discharge/discharge-summary-sheet";
import { SeenAgainForm } from "@/components/discharge/seen-again-form";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getDischargeSummary } from "@/lib/discharge/get-discharge-summary";
import { listSeenAgainRequests } from "@/lib/discharge/seen-again";

export const metadata: Metadata = { title: "My discharge summary" };

/** The patient's own discharge summary (to keep, or print for their doctor), and "ask to be seen again". */
export default async function MyDischargeSummaryPage() {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const summary = await getDischargeSummary(db, viewer, viewer.userId);
  if (!summary) notFound();
  const requests = await listSeenAgainRequests(db, viewer, viewer.userId);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="no-print flex flex-wrap items-center gap-4">
        <Link href="/dashboard" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to my dashboard
        </Link>
        <PrintButton label="Print or save as PDF" />
      </p>
      <DischargeSummarySheet summary={summary} />
      <div className="no-print">
        <SeenAgainForm patientId={viewer.userId} alreadyAsked={requests.some((request) => request.handledAt === null)} />
      </div>
    </div>
  );
}
