"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { updateClinicSettingsEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";

export interface TClinicSettingsFormValues {
  name: string;
  timeZone: string;
  acuteWeeks: number;
  emergencyNumber: string;
  phone: string | null;
  openingHours: string | null;
  replyTimeText: string | null;
  outOfHoursText: string | null;
  retentionYears: number;
}

const ACUTE_WEEKS = [
  { value: "4", label: "4 weeks (American College of Physicians, 2017)" },
  { value: "6", label: "6 weeks" },
] as const;

/** Every setting saved at once; the server names each field it refuses. */
export function ClinicSettingsForm({ initial, timeZones }: { initial: TClinicSettingsFormValues; timeZones: readonly string[] }) {
  const router = useRouter();
  const save = useApiForm(updateClinicSettingsEndpoint);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutateForm(event.currentTarget, { onSuccess: () => router.refresh() });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={save.formError} />
      {save.isSuccess ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          Settings saved.
        </p>
      ) : null}
      <TextField label="Clinic name" name="name" defaultValue={initial.name} required errors={save.fieldErrors.name} />
      <TextField
        label="Time zone"
        name="timeZone"
        defaultValue={initial.timeZone}
        list="clinic-time-zones"
        hint="A time zone name such as Europe/London or America/Chicago."
        required
        errors={save.fieldErrors.timeZone}
      />
      <datalist id="clinic-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <SelectField label="Acute pain ends after" name="acuteWeeks" defaultValue={String(initial.acuteWeeks)} options={ACUTE_WEEKS} errors={save.fieldErrors.acuteWeeks} />
      <TextField
        label="Emergency number"
        name="emergencyNumber"
        defaultValue={initial.emergencyNumber}
        inputMode="tel"
        hint="Shown to patients with an emergency warning sign, as a number to call (911, 999, 112 ...)."
        required
        errors={save.fieldErrors.emergencyNumber}
      />
      <TextField label="Clinic phone" name="phone" type="tel" defaultValue={initial.phone ?? ""} autoComplete="off" errors={save.fieldErrors.phone} />
      <TextField label="Opening hours" name="openingHours" defaultValue={initial.openingHours ?? ""} hint="For example: Monday to Friday, 8 am to 6 pm." errors={save.fieldErrors.openingHours} />
      <TextField
        label="Usual reply time for messages"
        name="replyTimeText"
        defaultValue={initial.replyTimeText ?? ""}
        hint="What patients read next to messages, for example: within 2 working days."
        errors={save.fieldErrors.replyTimeText}
      />
      <TextField
        label="When the clinic is closed"
        name="outOfHoursText"
        defaultValue={initial.outOfHoursText ?? ""}
        hint="Out-of-hours advice for urgent warning signs; left empty, patients are told to contact a doctor or urgent care."
        errors={save.fieldErrors.outOfHoursText}
      />
      <TextField
        label="Keep records for (years after the last activity)"
        name="retentionYears"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        defaultValue={String(initial.retentionYears)}
        hint="Check the period your law requires. 8 years is the minimum for adult health records in England (NHS Records Management Code of Practice 2021)."
        required
        errors={save.fieldErrors.retentionYears}
      />
      <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : "Save settings"}</SubmitButton>
    </form>
  );
}
