"use client";

import { useMutation, useQueryClient, useQuery } from "@tanstack/react-query";
import { mediumDate } from "@/lib/dates/format-date";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { callApi, type ApiClientError, type TApiResponse } from "@/lib/api/api-client";
import { listOpenAlertsEndpoint, reviewAlertEndpoint } from "@/lib/red-flags/alert-endpoints";
import type { TRedFlagAlertView } from "@/lib/red-flags/list-open-alerts";
import { redFlagPlain } from "@/lib/red-flags/red-flags";

type TAlerts = TApiResponse<typeof listOpenAlertsEndpoint>;


/** Unreviewed red-flag answers; marking one reviewed takes it off at once (put back, with the reason, if the save fails). */
export function RedFlagAlerts({ patientId, initial }: { patientId: string; initial: TAlerts }) {
  const queryKey = ["patients", patientId, "alerts"];
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const { data } = useQuery({ queryKey, queryFn: () => callApi(listOpenAlertsEndpoint, { params: { patientId } }), initialData: initial });
  const review = useMutation<unknown, ApiClientError, TRedFlagAlertView, { before?: TAlerts }>({
    mutationFn: (alert) => callApi(reviewAlertEndpoint, { params: { patientId, alertId: alert.id } }),
    onMutate: async (alert) => {
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData<TAlerts>(queryKey);
      queryClient.setQueryData<TAlerts>(queryKey, (current) => ({ alerts: (current?.alerts ?? []).filter((candidate) => candidate.id !== alert.id) }));
      setProblem(null);
      return { before };
    },
    onSuccess: (_result, alert) => setStatus(`Alert from ${mediumDate(alert.date)} marked reviewed.`),
    onError: (error, _alert, context) => {
      if (context?.before) queryClient.setQueryData(queryKey, context.before);
      setProblem(error.message);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  return (
    <div className="space-y-3">
      <FormAlert message={problem} />
      {data.alerts.length === 0 ? (
        <p>No open alerts.</p>
      ) : (
        <ul className="space-y-2">
          {data.alerts.map((alert) => (
            <li key={alert.id} className="space-y-2 rounded-lg border-2 border-alert-700 bg-alert-50 p-3">
              <p className="font-semibold text-alert-700">Check-in of {mediumDate(alert.date)}:</p>
              <ul className="list-disc pl-6">
                {alert.flags.map((flag) => (
                  <li key={flag}>{redFlagPlain(flag)}</li>
                ))}
              </ul>
              <button type="button" onClick={() => review.mutate(alert)} className="min-h-11 rounded-md border-2 border-alert-700 bg-white px-4 font-semibold text-alert-700">
                Mark reviewed<span className="sr-only"> (check-in of {mediumDate(alert.date)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}
