"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { callApi, type ApiClientError, type TApiResponse } from "@/lib/api/api-client";
import { createCalendarFeedEndpoint, revokeCalendarFeedEndpoint } from "@/lib/calendar/calendar-feed-endpoints";
import type { TCalendarFeedStatus } from "@/lib/calendar/calendar-feeds";

const BUTTON = "min-h-11 rounded-md px-4 font-semibold";

/**
 * The patient's private calendar link: make one (shown once, with a copy
 * button), make a new one (the old one stops working), or turn it off.
 */
export function CalendarLink({ patientId, initial }: { patientId: string; initial: TCalendarFeedStatus }) {
  const [status, setStatus] = useState(initial);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation<TApiResponse<typeof createCalendarFeedEndpoint>, ApiClientError>({
    mutationFn: () => callApi(createCalendarFeedEndpoint, { params: { patientId } }),
    onSuccess: (made) => {
      setUrl(made.url);
      setCopied(false);
      setStatus({ active: true, createdAt: new Date().toISOString() });
    },
  });
  const revoke = useMutation<TApiResponse<typeof revokeCalendarFeedEndpoint>, ApiClientError>({
    mutationFn: () => callApi(revokeCalendarFeedEndpoint, { params: { patientId } }),
    onSuccess: (next) => {
      setUrl(null);
      setStatus(next);
    },
  });
  const busy = create.isPending || revoke.isPending;

  async function copy(link: string) {
    await navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <div className="space-y-3">
      <FormAlert message={create.error?.message ?? revoke.error?.message ?? null} />
      {url ? (
        <div className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <label htmlFor="calendar-url" className="block font-medium">
            Your calendar link
          </label>
          <input id="calendar-url" readOnly value={url} className="w-full rounded-md border border-gray-400 bg-white px-3 py-2 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <p className="text-sm">
            In your calendar app, choose “Add calendar” then “From URL” (or “Subscribe”), and paste this link. Keep it to yourself: anyone with it can see your exercise days. It is shown only now.
          </p>
          <button type="button" onClick={() => void copy(url)} className={`${BUTTON} border-2 border-brand-700 text-brand-800`}>
            Copy the link
          </button>
          <p role="status" className="text-sm font-medium text-brand-800">
            {copied ? "Copied." : ""}
          </p>
        </div>
      ) : null}
      {status.active && !url ? <p>Your calendar link is on. If you lost it, make a new one: the old one then stops working.</p> : null}
      {!status.active ? <p>You have no calendar link.</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={busy} onClick={() => create.mutate()} className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800 disabled:opacity-60`}>
          {status.active ? "Make a new calendar link" : "Make my calendar link"}
        </button>
        {status.active ? (
          <button type="button" disabled={busy} onClick={() => revoke.mutate()} className={`${BUTTON} border-2 border-alert-700 text-alert-700 disabled:opacity-60`}>
            Turn the calendar link off
          </button>
        ) : null}
      </div>
    </div>
  );
}
