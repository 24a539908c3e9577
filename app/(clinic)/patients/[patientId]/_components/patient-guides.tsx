"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError, type TApiResponse, type TCallApiInput } from "@/lib/api/api-client";
import { assignGuidesEndpoint, listPatientGuidesEndpoint, unassignGuideEndpoint, type TGuideAssignmentJson } from "@/lib/assignments/guide-assignment-endpoints";
import { mediumDateOfInstant } from "@/lib/dates/format-date";

type TGuideAssignmentRow = TGuideAssignmentJson;
type TAssignments = TApiResponse<typeof listPatientGuidesEndpoint>;
type TAssignInput = NonNullable<TCallApiInput<typeof assignGuidesEndpoint>["body"]>;

const PENDING_PREFIX = "pending-";

/**
 * The patient's guides for the clinician: assigning and taking back show at
 * once (optimistic), and roll back with a visible message if the server says no.
 */
export function PatientGuides({ patientId, initial, library }: { patientId: string; initial: TAssignments; library: { slug: string; title: string }[] }) {
  const queryKey = ["patients", patientId, "guides"];
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const { data } = useQuery({ queryKey, queryFn: () => callApi(listPatientGuidesEndpoint, { params: { patientId } }), initialData: initial });

  /** Applies `change` to the cached list now; hands back how to undo it. */
  async function optimistically(change: (rows: TGuideAssignmentRow[]) => TGuideAssignmentRow[]) {
    await queryClient.cancelQueries({ queryKey });
    const before = queryClient.getQueryData<TAssignments>(queryKey);
    queryClient.setQueryData<TAssignments>(queryKey, (current) => ({ assignments: change(current?.assignments ?? []) }));
    setProblem(null);
    return { before };
  }

  const settle = {
    onError: (error: ApiClientError, _input: unknown, context: { before?: TAssignments } | undefined) => {
      if (context?.before) queryClient.setQueryData(queryKey, context.before);
      setProblem(error.message);
      setStatus("");
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  };

  const assign = useMutation<TApiResponse<typeof assignGuidesEndpoint>, ApiClientError, TAssignInput, { before?: TAssignments }>({
    mutationFn: (input) => callApi(assignGuidesEndpoint, { params: { patientId }, body: input }),
    onMutate: (input) =>
      optimistically((rows) => [
        ...input.guides.map((slug) => ({
          id: `${PENDING_PREFIX}${slug}`,
          guideSlug: slug,
          guideTitle: library.find((guide) => guide.slug === slug)?.title ?? slug,
          note: input.note ?? null,
          assignedAt: new Date().toISOString(),
          assignedByName: "you",
          unassignedAt: null,
          firstOpenedAt: null,
        })),
        ...rows,
      ]),
    onSuccess: (result) => setStatus(result.assigned === 1 ? "1 guide assigned." : `${result.assigned} guides assigned.`),
    ...settle,
  });

  const unassign = useMutation<unknown, ApiClientError, TGuideAssignmentRow, { before?: TAssignments }>({
    mutationFn: (row) => callApi(unassignGuideEndpoint, { params: { patientId, assignmentId: row.id } }),
    onMutate: (row) => optimistically((rows) => rows.map((candidate) => (candidate.id === row.id ? { ...candidate, unassignedAt: new Date().toISOString() } : candidate))),
    onSuccess: (_result, row) => setStatus(`${row.guideTitle} taken back.`),
    ...settle,
  });

  const rows = data.assignments;
  const activeSlugs = new Set(rows.filter((row) => !row.unassignedAt).map((row) => row.guideSlug));
  const assignable = library.filter((guide) => !activeSlugs.has(guide.slug));

  function onAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    const guides = formData.getAll("guides").map(String);
    if (guides.length === 0) {
      setProblem("Choose at least one guide.");
      return;
    }
    const note = String(formData.get("note") ?? "").trim();
    assign.mutate({ guides, ...(note ? { note } : {}) });
    form.reset();
  }

  return (
    <div className="space-y-3">
      <FormAlert message={problem} />
      {rows.length === 0 ? (
        <p>No guides assigned yet.</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((row) => {
            const pending = row.id.startsWith(PENDING_PREFIX);
            return (
              <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-brand-100 p-3">
                <div>
                  <Link href={`/library/guides/${row.guideSlug}`} className="font-medium text-brand-800 underline">
                    {row.guideTitle}
                  </Link>
                  <p className="text-sm text-muted">
                    {pending ? "Assigning…" : `Assigned ${mediumDateOfInstant(row.assignedAt)} by ${row.assignedByName}`} ·{" "}
                    {row.unassignedAt ? `taken back ${mediumDateOfInstant(row.unassignedAt)}` : row.firstOpenedAt ? `opened ${mediumDateOfInstant(row.firstOpenedAt)}` : "not opened yet"}
                  </p>
                  {row.note ? <p className="mt-1 text-sm">Note: {row.note}</p> : null}
                </div>
                {row.unassignedAt || pending ? null : (
                  <button
                    type="button"
                    disabled={unassign.isPending}
                    onClick={() => unassign.mutate(row)}
                    className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
                  >
                    Take back<span className="sr-only"> {row.guideTitle}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {assignable.length === 0 ? (
        <p>This patient already has every guide.</p>
      ) : (
        <form onSubmit={onAssign} noValidate className="space-y-3">
          <fieldset className="space-y-1">
            <legend className="font-medium">Guides to assign</legend>
            {assignable.map((guide) => (
              <label key={guide.slug} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="guides" value={guide.slug} className="size-5" />
                {guide.title}
              </label>
            ))}
          </fieldset>
          <label className="block space-y-1">
            <span className="font-medium">Note for the patient (optional)</span>
            <textarea name="note" rows={3} maxLength={1000} className="block w-full rounded-md border border-gray-500 px-3 py-2" />
          </label>
          <SubmitButton pending={assign.isPending}>Assign</SubmitButton>
        </form>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}
