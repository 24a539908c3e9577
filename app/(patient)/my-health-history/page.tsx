import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getMedicalHistory } from "@/lib/red-flags/get-medical-history";
import { MedicalHistoryForm } from "./_components/medical-history-form";

export const metadata: Metadata = { title: "My health history" };

/**
 * The history asked once (lib/red-flags/medical-history.ts). A patient who
 * has not answered it is sent here before the dashboard; later they can
 * change it here.
 */
export default async function MyHealthHistoryPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requirePageViewer("PATIENT");
  const history = await getMedicalHistory(getDb(), viewer, viewer.userId);
  const firstTime = history.answeredAt === null;
  const saved = (await searchParams).saved === "1" && !firstTime;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">My health history</h1>
        <p>{firstTime ? "One question before you start. It takes a few seconds." : "Change this if something is new, for example a new medicine."}</p>
      </div>
      {saved ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          Saved.
        </p>
      ) : null}
      <MedicalHistoryForm
        patientId={viewer.userId}
        firstTime={firstTime}
        initial={{ medicalHistory: history.medicalHistory, none: !firstTime && history.medicalHistory.length === 0 }}
      />
    </div>
  );
}
