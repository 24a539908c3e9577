import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITIONS } from "@/lib/conditions/conditions";
import { NewPatientForm } from "./_components/new-patient-form";

export const metadata: Metadata = { title: "Add a patient" };

export default async function NewPatientPage() {
  await requirePageViewer("CLINICIAN");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Add a patient</h1>
      <p>We email them a single-use invitation link. They open it, choose a password and are signed in. You see whether it was opened and can send a new one.</p>
      <NewPatientForm conditions={CONDITIONS.map((condition) => ({ value: condition.code, label: condition.label }))} />
    </div>
  );
}
