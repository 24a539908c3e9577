import type { Metadata } from "next";
import { AccessLogTable } from "@/components/audit/access-log-table";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listPatientAccess } from "@/lib/audit/list-patient-access";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Who viewed my data" };

export default async function MyDataAccessPage() {
  const viewer = await requirePageViewer("PATIENT");
  const entries = await listPatientAccess(getDb(), viewer, viewer.userId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Who viewed my data</h1>
      <p>
        BackTrack writes down every time someone at your clinic opens or changes your record, or sees your name in their patient list. It also
        writes down when someone asks for your record and is refused, and each sign-in to your account. Nobody can edit or delete this list.
      </p>
      <AccessLogTable entries={entries} caption="Who opened or changed your record, and your account's sign-ins, newest first" showAddress={false} />
    </div>
  );
}
