"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { RatingScale } from "@/components/checkins/rating-scale";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptDraft } from "@/components/forms/use-kept-draft";
import type { z } from "zod";
import { callApi, type ApiClientError, type TApiResponse } from "@/lib/api/api-client";
import type { TCheckInDraft } from "@/lib/checkins/check-in-draft";
import { saveCheckInEndpoint } from "@/lib/checkins/check-in-endpoints";
import { PAIN_AREAS, ZCheckInInput } from "@/lib/checkins/check-in-input";
import { PEG_ITEMS, PEG_SHORT_CITATION } from "@/lib/checkins/peg-items";
import { fieldErrorsOf } from "@/lib/errors/parse-input";
import type { TClinicContact } from "@/lib/checkins/get-check-in-status";
import { DAILY_URGENT_QUESTIONS, EMERGENCY_QUESTIONS, HISTORY_QUESTIONS, SIGN_CODES, WEEKLY_URGENT_QUESTIONS, type THistoryQuestionCode } from "@/lib/red-flags/check-in-questions";
import { levelOfFlags } from "@/lib/red-flags/red-flag-level";
import { EmergencyHelp, UrgentHelp } from "./red-flag-help";
import { RedFlagQuestions } from "./red-flag-questions";

type TBooleanField = "belowKnee" | "numbness" | "weakness" | "sleepDisturbed" | "tookPainMedicine";

const YES_NO: { field: TBooleanField; label: string }[] = [
  { field: "belowKnee", label: "The pain goes below my knee" },
  { field: "numbness", label: "I have numbness or tingling" },
  { field: "weakness", label: "My leg or foot feels weak" },
  { field: "sleepDisturbed", label: "Pain woke me or kept me awake last night" },
  { field: "tookPainMedicine", label: "I took pain medicine today" },
];
const SIDES = [
  { value: "LEFT", label: "Left" },
  { value: "RIGHT", label: "Right" },
  { value: "BOTH", label: "Both" },
] as const;
const CHOICE = "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-gray-400 px-3 has-checked:border-brand-800 has-checked:bg-brand-50";

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

/**
 * The daily check-in, made for a phone and a bad day: big targets, few words.
 * What is typed is kept on the device until it is sent; a resend of the same
 * answers carries the same request key, so it is never stored twice.
 */
export function CheckInForm({
  patientId,
  date,
  dateLabel,
  initial,
  pegDue,
  isEdit,
  historyQuestions,
  clinic,
}: {
  patientId: string;
  date: string;
  dateLabel: string;
  initial: TCheckInDraft;
  pegDue: boolean;
  isEdit: boolean;
  historyQuestions: THistoryQuestionCode[];
  clinic: TClinicContact;
}) {
  const router = useRouter();
  const { draft, setDraft, restored, forget } = useKeptDraft(`backtrack:check-in:${patientId}:${date}`, initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const request = useRef<{ id: string; body: string } | null>(null);
  const save = useMutation<TApiResponse<typeof saveCheckInEndpoint>, ApiClientError, z.input<typeof ZCheckInInput>>({
    mutationFn: (body) => callApi(saveCheckInEndpoint, { params: { patientId }, body }),
    onSuccess: () => {
      forget();
      request.current = null;
      router.refresh();
    },
  });

  const set = <K extends keyof TCheckInDraft>(field: K, value: TCheckInDraft[K]) => setDraft({ ...draft, [field]: value });
  const weekly = pegDue || draft.pegPain !== null;
  const askedSigns: string[] = [...EMERGENCY_QUESTIONS, ...DAILY_URGENT_QUESTIONS, ...(weekly ? WEEKLY_URGENT_QUESTIONS : [])].map((question) => question.code);
  // A draft kept from an older form may hold codes this form no longer asks.
  const ticked = draft.redFlags.filter((code) => askedSigns.includes(code) && (SIGN_CODES as string[]).includes(code));
  const askedHistory = HISTORY_QUESTIONS.filter((question) => historyQuestions.includes(question.code));
  const shownFlags = [...ticked, ...askedHistory.filter((question) => draft[question.field] === true).map((question) => question.code)];
  const shownLevel = levelOfFlags(shownFlags);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const content = {
      ...draft,
      date,
      painSide: draft.painSide || null,
      redFlags: ticked,
      painNewOrWorse: historyQuestions.includes("CANCER_HISTORY") ? draft.painNewOrWorse : null,
      painAfterSmallInjury: historyQuestions.includes("FRAGILE_BONE_INJURY") ? draft.painAfterSmallInjury : null,
    };
    const serialized = JSON.stringify(content);
    if (request.current?.body !== serialized) request.current = { id: crypto.randomUUID(), body: serialized };
    const body = { ...content, requestId: request.current.id };
    const parsed = ZCheckInInput.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error).fields);
      return;
    }
    setErrors({});
    // The schema just accepted this body, so it is the endpoint's input type.
    save.mutate(body as z.input<typeof ZCheckInInput>);
  }

  if (save.isSuccess) {
    const flags = save.data.redFlags.map((flag) => flag.code);
    if (save.data.level === "EMERGENCY") return <EmergencyHelp clinic={clinic} flags={flags} sent />;
    if (save.data.level === "URGENT") return <UrgentHelp clinic={clinic} flags={flags} sent />;
    return (
      <Done>
        <p>
          {save.data.created ? "Your check-in for" : "Your changes to"} {dateLabel} {save.data.created ? "is saved." : "are saved."} Thank you.
        </p>
      </Done>
    );
  }

  const fieldErrors = (name: string) => [...(errors[name] ?? []), ...(save.error?.fields?.[name] ?? [])];
  const offline = save.error?.status === 0;
  const formMessage = Object.keys(errors).length
    ? "Please check the answers marked below."
    : offline
      ? "No connection right now. Your answers are kept on this phone: press Send again when you are back online."
      : (save.error?.message ?? null);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {restored ? <p className="rounded-md bg-brand-50 p-3">We kept what you typed last time. Check it and press Send.</p> : null}
      <FormAlert message={formMessage} />
      <RatingScale
        legend="How bad is your pain right now?"
        name="painNow"
        value={draft.painNow}
        onChange={(value) => set("painNow", value)}
        lowLabel="no pain"
        highLabel="worst pain imaginable"
        errors={fieldErrors("painNow")}
      />

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Where does it hurt?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PAIN_AREAS.map((area) => (
            <label key={area.code} className={CHOICE}>
              <input type="checkbox" className="size-6" checked={draft.painAreas.includes(area.code)} onChange={(event) => set("painAreas", toggle(draft.painAreas, area.code, event.target.checked))} />
              {area.label}
            </label>
          ))}
        </div>
        <FieldError id="painAreas-error" errors={fieldErrors("painAreas")} />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Which side?</legend>
        <div className="grid grid-cols-3 gap-2">
          {SIDES.map((side) => (
            <label key={side.value} className={CHOICE}>
              <input type="radio" name="painSide" className="size-6" checked={draft.painSide === side.value} onChange={() => set("painSide", side.value)} />
              {side.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Today (tick what is true)</legend>
        {YES_NO.map(({ field, label }) => (
          <label key={field} className={CHOICE}>
            <input type="checkbox" className="size-6" checked={draft[field]} onChange={(event) => set(field, event.target.checked)} />
            {label}
          </label>
        ))}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="activity-minutes" className="block text-lg font-semibold">
          Minutes of walking or other activity today
        </label>
        <input
          id="activity-minutes"
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          value={draft.activityMinutes}
          onChange={(event) => set("activityMinutes", event.target.value)}
          aria-invalid={fieldErrors("activityMinutes").length ? true : undefined}
          aria-describedby={fieldErrors("activityMinutes").length ? "activity-error" : undefined}
          className="block min-h-12 w-40 rounded-md border border-gray-500 px-3 text-lg"
        />
        <FieldError id="activity-error" errors={fieldErrors("activityMinutes")} />
      </div>

      {pegDue || draft.pegPain !== null ? (
        <section aria-labelledby="peg-heading" className="space-y-6 rounded-lg border border-brand-100 p-4">
          <div>
            <h2 id="peg-heading" className="text-lg font-bold text-brand-900">
              This week&apos;s three questions
            </h2>
            <p className="text-sm text-muted">Once a week. Think about the past 7 days. ({PEG_SHORT_CITATION})</p>
          </div>
          {PEG_ITEMS.map((item) => (
            <RatingScale
              key={item.field}
              legend={item.question}
              name={item.field}
              value={draft[item.field]}
              onChange={(value) => set(item.field, value)}
              lowLabel={item.lowAnchor}
              highLabel={item.highAnchor}
              hint={item.hint}
              errors={fieldErrors(item.field)}
            />
          ))}
        </section>
      ) : null}

      <RedFlagQuestions draft={draft} setDraft={setDraft} weekly={weekly} askedHistory={askedHistory.map((question) => question.code)} />
      {shownLevel === "EMERGENCY" ? <EmergencyHelp clinic={clinic} flags={[]} sent={false} /> : null}
      {shownLevel === "URGENT" ? <UrgentHelp clinic={clinic} flags={[]} sent={false} /> : null}

      <div className="space-y-1">
        <label htmlFor="check-in-note" className="block text-lg font-semibold">
          Anything else for your clinic? (optional)
        </label>
        <textarea id="check-in-note" rows={3} maxLength={1000} value={draft.note} onChange={(event) => set("note", event.target.value)} className="block w-full rounded-md border border-gray-500 px-3 py-2 text-lg" />
        <FieldError id="note-error" errors={fieldErrors("note")} />
      </div>

      <SubmitButton pending={save.isPending} className="inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto">
        {save.isPending ? "Sending…" : isEdit ? "Send changes" : "Send"}
      </SubmitButton>
    </form>
  );
}

function Done({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-4" role="status">
      <h2 className="text-2xl font-bold text-brand-900">Thank you</h2>
      {children}
      <div className="flex flex-wrap gap-3">
        <Link href="/dashboard" className="inline-flex min-h-12 items-center rounded-md bg-brand-700 px-5 font-semibold text-white">
          Back to my dashboard
        </Link>
        <Link href="/check-ins" className="inline-flex min-h-12 items-center rounded-md border-2 border-brand-700 px-5 font-semibold text-brand-800">
          See my check-ins
        </Link>
      </div>
    </div>
  );
}
