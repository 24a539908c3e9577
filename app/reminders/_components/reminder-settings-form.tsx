"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { saveReminderSettingsEndpoint } from "@/lib/reminders/reminder-settings-endpoints";
import type { TReminderSettingsInput } from "@/lib/reminders/reminder-settings-input";

type TSettingsView = {
  reminderTime: string;
  days: number[];
  quietStart: string;
  quietEnd: string;
  pausedUntil: string | null;
  digestTime: string;
  timeZone: string;
  off: string[];
};

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PAUSES = [
  { value: "", label: "Keep as it is" },
  { value: "0", label: "Not paused" },
  { value: "1", label: "1 day" },
  { value: "3", label: "3 days" },
  { value: "7", label: "1 week" },
  { value: "14", label: "2 weeks" },
  { value: "30", label: "30 days" },
];

export function ReminderSettingsForm({ role, initial, kinds }: { role: "PATIENT" | "CLINICIAN"; initial: TSettingsView; kinds: { kind: string; label: string }[] }) {
  const router = useRouter();
  const save = useApiForm(saveReminderSettingsEndpoint);
  const [off, setOff] = useState(new Set(initial.off));

  function toggle(key: string, on: boolean) {
    setOff((current) => {
      const next = new Set(current);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pause = String(form.get("pauseDays") ?? "");
    const body: TReminderSettingsInput = {
      reminderTime: String(form.get("reminderTime") ?? initial.reminderTime),
      days: form.getAll("days").map(Number),
      quietStart: String(form.get("quietStart") ?? ""),
      quietEnd: String(form.get("quietEnd") ?? ""),
      pauseDays: pause === "" ? null : Number(pause),
      digestTime: String(form.get("digestTime") ?? initial.digestTime),
      timeZone: String(form.get("timeZone") ?? initial.timeZone),
      off: [...off],
    };
    save.mutate(body, {
      onSuccess: () => {
        router.replace("/reminders?saved=1");
        router.refresh();
      },
    });
  }

  const errors = save.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Reminder settings">
      <FormAlert message={save.formError} />
      {role === "PATIENT" ? (
        <>
          <TextField label="Reminder time" name="reminderTime" type="time" defaultValue={initial.reminderTime} errors={errors.reminderTime} hint="In your own time zone." />
          <fieldset className="space-y-2" aria-describedby={errors.days?.length ? "days-error" : undefined}>
            <legend className="font-medium">Days</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {DAYS.map((day, index) => (
                <label key={day} className="inline-flex min-h-11 items-center gap-2">
                  <input type="checkbox" name="days" value={index + 1} defaultChecked={initial.days.includes(index + 1)} className="h-5 w-5" />
                  {day}
                </label>
              ))}
            </div>
            <FieldError id="days-error" errors={errors.days} />
          </fieldset>
        </>
      ) : (
        <>
          <input type="hidden" name="reminderTime" value={initial.reminderTime} />
          {initial.days.map((day) => (
            <input key={day} type="hidden" name="days" value={day} />
          ))}
          <TextField label="Daily summary time" name="digestTime" type="time" defaultValue={initial.digestTime} errors={errors.digestTime} />
          <TextField label="Your time zone" name="timeZone" defaultValue={initial.timeZone} errors={errors.timeZone} hint="For example Europe/London or America/New_York." />
        </>
      )}
      {role === "PATIENT" ? <input type="hidden" name="digestTime" value={initial.digestTime} /> : null}
      {role === "PATIENT" ? <input type="hidden" name="timeZone" value={initial.timeZone} /> : null}
      <fieldset className="space-y-2">
        <legend className="font-medium">Quiet hours (nothing is sent then; leave both empty for none)</legend>
        <div className="flex flex-wrap gap-4">
          <TextField label="From" name="quietStart" type="time" defaultValue={initial.quietStart} errors={errors.quietStart} />
          <TextField label="Until" name="quietEnd" type="time" defaultValue={initial.quietEnd} errors={errors.quietEnd} />
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="pauseDays" className="block font-medium">
          Pause all reminders
        </label>
        {initial.pausedUntil ? <p className="text-sm text-muted">Paused until {initial.pausedUntil.slice(0, 10)}.</p> : null}
        <select id="pauseDays" name="pauseDays" defaultValue="" aria-describedby={errors.pauseDays?.length ? "pause-error" : undefined} className="min-h-11 rounded-md border border-gray-400 px-2">
          {PAUSES.map((pause) => (
            <option key={pause.value} value={pause.value}>
              {pause.label}
            </option>
          ))}
        </select>
        <FieldError id="pause-error" errors={errors.pauseDays} />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">How each one reaches you (in BackTrack: always)</legend>
        <FieldError id="off-error" errors={errors.off} />
        <ul className="space-y-3">
          {kinds.map(({ kind, label }) => (
            <li key={kind} className="space-y-1">
              <p className="font-medium">{label}</p>
              <div className="flex flex-wrap gap-4">
                {(["EMAIL", "PUSH"] as const).map((channel) => (
                  <label key={channel} className="inline-flex min-h-11 items-center gap-2">
                    <input type="checkbox" className="h-5 w-5" checked={!off.has(`${kind}:${channel}`)} onChange={(event) => toggle(`${kind}:${channel}`, event.target.checked)} />
                    {channel === "EMAIL" ? "Email" : "Push on this phone or computer"}
                  </label>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : "Save reminders"}</SubmitButton>
    </form>
  );
}
