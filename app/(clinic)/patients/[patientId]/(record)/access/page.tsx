import type { Metadata } from "next";
import { Suspense } from "react";
import { AccessLogTable } from "@/components/audit/access-log-table";
import { listPatientAccessPage } from "@/lib/audit/list-patient-access-page";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { openPatientSection } from "../_components/open-patient-section";
import { Pager } from "../_components/pager";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Access history" };

type TSearch = { page?: string | string[]; who?: string | string[] };

export default async function AccessSection({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<TSearch> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "access history"]);
  const search = await searchParams;
  const page = typeof search.page === "string" && /^[1-9]\d{0,4}$/.test(search.page) ? Number(search.page) : 1;
  const who = typeof search.who === "string" && search.who.length <= 64 ? search.who : "";
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-bold text-brand-900">
          Access history
        </h2>
        <Suspense key={`${who}:${page}`} fallback={<SectionSkeleton label="the access history" rows={8} />}>
          <AccessHistory db={db} viewer={viewer} record={record} page={page} who={who} />
        </Suspense>
      </section>
    </div>
  );
}

async function AccessHistory({ db, viewer, record, page, who }: { db: TDatabase; viewer: TViewer; record: TPatientRecord; page: number; who: string }) {
  const history = await listPatientAccessPage(db, viewer, record.id, { page, actorId: who || undefined });
  const base = `/patients/${record.id}/access`;
  const link = (to: number) => `${base}?${new URLSearchParams({ ...(who ? { who } : {}), page: String(to) }).toString()}`;
  return (
    <>
      <form method="get" action={base} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="access-who" className="font-medium">
            Who
          </label>
          <select id="access-who" name="who" defaultValue={who} className="min-h-11 rounded-md border border-gray-400 px-3">
            <option value="">Everyone</option>
            {history.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50">
          Show
        </button>
      </form>
      <p className="text-sm text-muted">
        {history.total === 1 ? "1 event" : `${history.total} events`}, newest first, 20 a page.
      </p>
      <AccessLogTable entries={history.entries} caption={`Who opened or changed ${record.name}'s record, newest first, page ${history.page} of ${history.pageCount}`} showAddress />
      <Pager
        label="the access history"
        newer={history.page > 1 ? link(Math.min(history.page - 1, history.pageCount)) : null}
        older={history.page < history.pageCount ? link(history.page + 1) : null}
        position={`Page ${history.page} of ${history.pageCount}`}
      />
    </>
  );
}
