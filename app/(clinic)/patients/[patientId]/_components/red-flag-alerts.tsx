"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useMutation, useQueryClient, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { listOpenAlertsEndpoint, reviewAlertEndpoint } from "@/lib/red-flags/alert-endpoints";
import { mediumDate } from "@/lib/dates/format-date";
import type { AlertReviewOutcome } from "@/lib/db/generated/enums";
import { fieldErrorsOf } from "@/lib/errors/parse-input";
import { LEVEL_LABELS } from "@/lib/red-flags/alert-levels";
import { ALERT_REVIEW_OUTCOMES, OUTCOME_LABELS, REVIEW_NOTE_MAX_LENGTH, ZAlertReview, type TAlertReviewInput } from "@/lib/red-flags/alert-review-input";
import type { TRedFlagAlerts, TRedFlagAlertView, TReviewedAlertView } from "@/lib/red-flags/list-open-alerts";
import { redFlagPlain, type TRedFlagLevel } from "@/lib/red-flags/red-flags";

type TDraft = { outcome?: AlertReviewOutcome; note: string };
type TProblem = { alertId: string; message: string; fields: Record<string, string[]> };
type TReviewRequest = { alert: TRedFlagAlertView; review: TAlertReviewInput };

const LEVEL_BADGE: Record<TRedFlagLevel, string> = {
  EMERGENCY: "border-alert-700 bg-alert-700 text-white",
  URGENT: "border-alert-700 bg-white text-alert-700",
};

/**
 * Open red-flag alerts (emergency first, then newest), each with a review
 * form: what was done and why. A review takes the alert off the open list at
 * once and into the reviewed history (put back, with the server's reason and
 * the answers kept, if the save fails).
 */
export function RedFlagAlerts({ patientId, timeZone, reviewerName, initial }: { patientId: string; timeZone: string; reviewerName: string; initial: TRedFlagAlerts }) {
  const queryKey = ["patients", patientId, "alerts"];
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<string, TDraft>>({});
  const [problem, setProblem] = useState<TProblem | null>(null);
  const [status, setStatus] = useState("");
  const { data } = useQuery({ queryKey, queryFn: () => callApi(listOpenAlertsEndpoint, { params: { patientId } }), initialData: initial });
  const timeOf = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });

  const review = useMutation<unknown, ApiClientError, TReviewRequest, { before?: TRedFlagAlerts }>({
    mutationFn: ({ alert, review: body }) => callApi(reviewAlertEndpoint, { params: { patientId, alertId: alert.id }, body }),
    onMutate: async ({ alert, review: body }) => {
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData<TRedFlagAlerts>(queryKey);
      const done: TReviewedAlertView = {
        ...alert,
        reviewedAt: new Date().toISOString(),
        outcome: body.outcome,
        note: body.note?.trim() || null,
        reviewedByName: reviewerName,
      };
      queryClient.setQueryData<TRedFlagAlerts>(queryKey, (current) => ({
        alerts: (current?.alerts ?? []).filter((candidate) => candidate.id !== alert.id),
        reviewed: [done, ...(current?.reviewed ?? [])],
      }));
      setProblem(null);
      return { before };
    },
    onSuccess: (_result, { alert }) => {
      setStatus(`${LEVEL_LABELS[alert.level]} alert from ${mediumDate(alert.date)} marked reviewed.`);
      setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([alertId]) => alertId !== alert.id)));
    },
    onError: (error, { alert }, context) => {
      if (context?.before) queryClient.setQueryData(queryKey, context.before);
      setProblem({ alertId: alert.id, message: error.message, fields: error.fields });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>, alert: TRedFlagAlertView) {
    event.preventDefault();
    const draft = drafts[alert.id] ?? { note: "" };
    // The same schema as the server, so a missing outcome or reason is said at once, beside its field.
    const parsed = ZAlertReview.safeParse(draft);
    if (!parsed.success) {
      const { fields, formErrors } = fieldErrorsOf(parsed.error);
      setProblem({ alertId: alert.id, message: formErrors[0] ?? "Check the answers marked below.", fields });
      return;
    }
    review.mutate({ alert, review: { outcome: parsed.data.outcome, note: parsed.data.note } });
  }

  const setDraft = (alertId: string, change: Partial<TDraft>) =>
    setDrafts((current) => ({ ...current, [alertId]: { note: "", ...current[alertId], ...change } }));

  return (
    <div className="space-y-4">
      {data.alerts.length === 0 ? (
        <p>No open alerts.</p>
      ) : (
        <ul className="space-y-3">
          {data.alerts.map((alert) => {
            const draft = drafts[alert.id] ?? { note: "" };
            const own = problem?.alertId === alert.id ? problem : null;
            const ids = { outcome: `alert-${alert.id}-outcome-error`, note: `alert-${alert.id}-note-error`, hint: `alert-${alert.id}-note-hint` };
            const when = `check-in of ${mediumDate(alert.date)}`;
            return (
              <li key={alert.id} className="space-y-3 rounded-lg border-2 border-alert-700 bg-alert-50 p-3" aria-label={`${LEVEL_LABELS[alert.level]} alert, ${when}`}>
                <p className="flex flex-wrap items-center gap-2">
                  <LevelBadge level={alert.level} />
                  <span className="font-semibold text-alert-700">Check-in of {mediumDate(alert.date)}</span>
                  <span className="text-sm text-muted">
                    raised <time dateTime={alert.raisedAt}>{timeOf(alert.raisedAt)}</time> (patient&apos;s time)
                  </span>
                </p>
                <ul className="list-disc pl-6">
                  {alert.flags.map((flag) => (
                    <li key={flag}>{redFlagPlain(flag)}</li>
                  ))}
                </ul>
                <form onSubmit={(event) => onSubmit(event, alert)} noValidate className="space-y-3 rounded-md bg-white p-3">
                  {own ? <FormAlert message={own.message} /> : null}
                  <fieldset aria-describedby={own?.fields.outcome ? ids.outcome : undefined} className="space-y-1">
                    <legend className="font-medium">
                      What did you do?<span className="sr-only"> ({when})</span>
                    </legend>
                    {ALERT_REVIEW_OUTCOMES.map((outcome) => (
                      <label key={outcome} className="flex min-h-11 items-center gap-3">
                        <input
                          type="radio"
                          name={`outcome-${alert.id}`}
                          value={outcome}
                          checked={draft.outcome === outcome}
                          onChange={() => setDraft(alert.id, { outcome })}
                          className="size-5 accent-brand-700"
                        />
                        {OUTCOME_LABELS[outcome]}
                      </label>
                    ))}
                    <FieldError id={ids.outcome} errors={own?.fields.outcome} />
                  </fieldset>
                  <div className="space-y-1">
                    <label htmlFor={`alert-${alert.id}-note`} className="block font-medium">
                      Reason<span className="sr-only"> ({when})</span>
                    </label>
                    <p id={ids.hint} className="text-sm text-muted">
                      Required when nothing was needed. Up to {REVIEW_NOTE_MAX_LENGTH.toLocaleString("en")} characters.
                    </p>
                    <textarea
                      id={`alert-${alert.id}-note`}
                      name="note"
                      rows={2}
                      maxLength={REVIEW_NOTE_MAX_LENGTH}
                      value={draft.note}
                      onChange={(event) => setDraft(alert.id, { note: event.target.value })}
                      aria-invalid={own?.fields.note ? true : undefined}
                      aria-describedby={own?.fields.note ? `${ids.hint} ${ids.note}` : ids.hint}
                      className="block w-full rounded-md border border-gray-500 px-3 py-2"
                    />
                    <FieldError id={ids.note} errors={own?.fields.note} />
                  </div>
                  <button type="submit" className="min-h-11 rounded-md border-2 border-alert-700 bg-white px-4 font-semibold text-alert-700">
                    Mark reviewed<span className="sr-only"> ({when})</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
      {data.reviewed.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold text-brand-900">Reviewed lately</h3>
          <ul className="space-y-2">
            {data.reviewed.map((alert) => (
              <li key={alert.id} className="rounded-lg border border-brand-100 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <LevelBadge level={alert.level} />
                  <span className="font-medium">Check-in of {mediumDate(alert.date)}:</span>
                  <span>{alert.flags.map(redFlagPlain).join("; ")}</span>
                </p>
                <p className="mt-1 text-sm">
                  <span className="font-semibold">{alert.outcome ? OUTCOME_LABELS[alert.outcome] : "Reviewed"}</span>
                  {alert.reviewedByName ? ` by ${alert.reviewedByName}` : ""}, <time dateTime={alert.reviewedAt}>{timeOf(alert.reviewedAt)}</time>
                  {alert.note ? <span className="block whitespace-pre-line text-muted">{alert.note}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function LevelBadge({ level }: { level: TRedFlagLevel }) {
  return <span className={`inline-flex items-center rounded-full border-2 px-2 py-0.5 text-sm font-bold ${LEVEL_BADGE[level]}`}>{LEVEL_LABELS[level]}</span>;
}
