import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { CLINICIAN_REMINDER_KINDS, PATIENT_REMINDER_KINDS } from "@/lib/reminders/reminder-settings-input";
import { getReminderSettings } from "@/lib/reminders/save-reminder-settings";
import { KIND_LABELS } from "@/lib/notifications/notification-labels";
import { ReminderSettingsForm } from "./_components/reminder-settings-form";
import { PushToggle } from "@/components/push/push-toggle";

export const metadata: Metadata = { title: "Reminders" };

/** Which reminders go out, when, and how: patients choose their daily time and days; clinicians their alerts and digest. */
export default async function RemindersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requirePageViewer("PATIENT", "CLINICIAN");
  const settings = await getReminderSettings(getDb(), viewer);
  const kinds = (viewer.role === "PATIENT" ? PATIENT_REMINDER_KINDS : CLINICIAN_REMINDER_KINDS).map((kind) => ({ kind, label: KIND_LABELS[kind] }));
  const saved = (await searchParams).saved === "1";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">Reminders</h1>
        <p>
          {viewer.role === "PATIENT"
            ? "Choose when we remind you. Reminders never say anything about your health."
            : "Choose how you hear about patients who need review. Emails never name a patient."}
        </p>
      </div>
      {saved ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          Saved. The next reminder uses these settings.
        </p>
      ) : null}
      <PushToggle />
      <ReminderSettingsForm role={viewer.role === "PATIENT" ? "PATIENT" : "CLINICIAN"} initial={settings} kinds={kinds} />
    </div>
  );
}
