"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { correctCurrentEpisodeEndpoint, startEpisodeEndpoint } from "@/lib/episodes/episode-endpoints";

type EpisodeBody = { onsetDate: string; primaryCondition: string };

const MODES = {
  correct: {
    endpoint: correctCurrentEpisodeEndpoint,
    dateLabel: "Date the pain began",
    conditionLabel: "Primary condition",
    submit: "Save changes",
    pending: "Saving…",
    done: "Episode updated.",
  },
  start: {
    endpoint: startEpisodeEndpoint,
    dateLabel: "Date the new pain began",
    conditionLabel: "Primary condition of the new episode",
    submit: "Start new episode",
    pending: "Starting…",
    done: "New episode started. The previous one is listed under Earlier episodes.",
  },
} as const;

/**
 * One form for both episode changes: correcting the current episode (filled
 * in with its values) and starting a new one (empty, the condition to choose).
 */
export function EpisodeForm({
  patientId,
  mode,
  conditions,
  defaults,
  minDate,
  maxDate,
}: {
  patientId: string;
  mode: keyof typeof MODES;
  conditions: readonly { value: string; label: string }[];
  defaults?: EpisodeBody;
  /** Bounds for the date picker; the server checks them again. */
  minDate: string;
  maxDate: string;
}) {
  const copy = MODES[mode];
  const router = useRouter();
  const save = useApiForm(copy.endpoint, { patientId });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    save.mutateForm(
      form,
      {
        onSuccess: () => {
          if (mode === "start") form.reset();
          router.refresh();
        },
      },
    );
  }

  const options = defaults ? conditions : [{ value: "", label: "Choose a condition" }, ...conditions];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={save.formError} />
      <TextField
        label={copy.dateLabel}
        name="onsetDate"
        type="date"
        required
        min={minDate}
        max={maxDate}
        defaultValue={defaults?.onsetDate}
        hint="The first day of this pain, in the patient's time zone."
        errors={save.fieldErrors.onsetDate}
      />
      <SelectField
        label={copy.conditionLabel}
        name="primaryCondition"
        required
        options={options}
        defaultValue={defaults?.primaryCondition ?? ""}
        errors={save.fieldErrors.primaryCondition}
      />
      <SubmitButton pending={save.isPending}>{save.isPending ? copy.pending : copy.submit}</SubmitButton>
      <p role="status" className="text-sm">
        {save.isSuccess ? copy.done : ""}
      </p>
    </form>
  );
}
