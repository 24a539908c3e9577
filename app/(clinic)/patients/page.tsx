import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { getDb } from "@/lib/db/client";
import { listClinicPatients } from "@/lib/patients/list-clinic-patients";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage() {
  const viewer = await requirePageViewer("CLINICIAN");
  const patients = await listClinicPatients(getDb(), viewer);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Patients</h1>
        <ButtonLink href="/patients/new">Add a patient</ButtonLink>
      </div>
      {patients.length === 0 ? (
        <p>No patients yet. Add one to send them an invitation.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Patients of your clinic, by name</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Primary condition</th>
                <th scope="col" className="py-2 pr-4">Pain began</th>
                <th scope="col" className="py-2 pr-4">Account</th>
              </tr>
            </thead>
            <tbody>
              {patients.map((patient) => (
                <tr key={patient.id} className="border-b border-gray-200">
                  <td className="py-2 pr-4">
                    <Link href={`/patients/${patient.id}`} className="font-medium text-brand-800 underline">
                      {patient.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{patient.primaryCondition ? CONDITION_LABELS[patient.primaryCondition] : "—"}</td>
                  <td className="py-2 pr-4">{patient.onsetDate ?? "—"}</td>
                  <td className="py-2 pr-4">{patient.hasSignedUp ? "Active" : "Invited"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-muted">No check-ins yet: phase, pain trend and alerts arrive with check-ins.</p>
    </div>
  );
}
