import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isPatientVisible } from "@/lib/patients/is-patient-visible";

/**
 * The sections stream (loading.tsx, Suspense), and a streamed response has
 * sent its 200 before the page runs: so the sign-in redirect and the 404 for
 * someone else's patient are decided here, above the loading boundary, where
 * they still set the status. The page records the visit or the refusal.
 */
export default async function PatientRecordLayout({ children, params }: { children: ReactNode; params: Promise<{ patientId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  if (!(await isPatientVisible(getDb(), viewer, patientId))) notFound();
  return children;
}
