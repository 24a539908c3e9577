"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { RatingScale } from "@/components/checkins/rating-scale";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import type { TAnswerItem, TInstrument } from "@/lib/questionnaires/instrument-schema";
import { saveQuestionnaireEndpoint } from "@/lib/questionnaires/questionnaire-endpoints";
import type { TAnswers, TAnswerValue } from "@/lib/questionnaires/score";

type TRow = Record<string, TAnswerValue | undefined>;

/**
 * One questionnaire from its definition file, as its own short step (apart
 * from the daily check-in): the items and options word for word, big targets
 * for a phone. A repeated group (the PSFS's activities) shows all its rows;
 * rows left empty are not sent. One request id per form, so a double tap or a
 * retry stores one answer.
 */
export function QuestionnaireForm({ instrument, patientId, doneHref, doneLabel }: { instrument: TInstrument; patientId: string; doneHref: string; doneLabel: string }) {
  const id = useId();
  const [requestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<Record<string, TAnswerValue | TRow[] | undefined>>(() =>
    Object.fromEntries(instrument.items.map((item) => [item.linkId, item.type === "group" ? Array.from({ length: item.maxRepeats }, () => ({})) : undefined])),
  );
  // Which shown row each sent row came from, to put an error back beside the right row.
  const [sentRows, setSentRows] = useState<Record<string, number[]>>({});
  const save = useMutation<{ score: number }, ApiClientError, TAnswers>({
    mutationFn: (answers) => callApi(saveQuestionnaireEndpoint, { params: { patientId }, body: { instrumentId: instrument.id, answers, requestId } }),
  });
  const fieldErrors = save.error?.fields ?? {};
  const errorsAt = (path: string) => fieldErrors[`answers.${path}`];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || save.isSuccess) return;
    const answers: TAnswers = {};
    const kept: Record<string, number[]> = {};
    for (const item of instrument.items) {
      const value = values[item.linkId];
      if (item.type === "group") {
        const rows = (value as TRow[]).map((row, index) => ({ row, index })).filter(({ row }) => Object.values(row).some((cell) => cell !== undefined && cell !== ""));
        kept[item.linkId] = rows.map(({ index }) => index);
        answers[item.linkId] = rows.map(({ row }) => Object.fromEntries(Object.entries(row).filter((entry): entry is [string, TAnswerValue] => entry[1] !== undefined)));
      } else if (value !== undefined) {
        answers[item.linkId] = value as TAnswerValue;
      }
    }
    setSentRows(kept);
    save.mutate(answers);
  }

  if (save.isSuccess) {
    return (
      <div className="space-y-4" role="status">
        <p className="text-lg font-semibold text-brand-900">Thank you, your answers are saved.</p>
        <Link href={doneHref} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          {doneLabel}
        </Link>
      </div>
    );
  }

  const setTop = (linkId: string, value: TAnswerValue) => setValues((current) => ({ ...current, [linkId]: value }));
  const setCell = (groupId: string, index: number, linkId: string, value: TAnswerValue) =>
    setValues((current) => ({ ...current, [groupId]: (current[groupId] as TRow[]).map((row, at) => (at === index ? { ...row, [linkId]: value } : row)) }));

  function field(item: TAnswerItem, key: string, value: TAnswerValue | undefined, onChange: (value: TAnswerValue) => void, errors: string[] | undefined, legend = item.text) {
    const inputId = `${id}-${key}`;
    if (item.type === "integer" && item.min === 0 && item.max === 10) {
      return <RatingScale legend={legend} name={inputId} value={typeof value === "number" ? value : null} onChange={onChange} lowLabel={item.lowAnchor} highLabel={item.highAnchor} errors={errors} />;
    }
    if (item.type === "integer" || item.type === "choice") {
      const options = item.type === "choice" ? item.options : Array.from({ length: item.max - item.min + 1 }, (_, at) => ({ value: item.min + at, text: String(item.min + at) }));
      return (
        <fieldset className="space-y-2" aria-describedby={errors?.length ? `${inputId}-error` : undefined}>
          <legend className="text-lg font-semibold">{legend}</legend>
          <div className="grid gap-2">
            {options.map((option) => (
              <label
                key={option.value}
                className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 border-gray-500 px-3 text-lg has-checked:border-brand-800 has-checked:bg-brand-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-800"
              >
                <input type="radio" name={inputId} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="sr-only" />
                {option.text}
              </label>
            ))}
          </div>
          <FieldError id={`${inputId}-error`} errors={errors} />
        </fieldset>
      );
    }
    return (
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-lg font-semibold">
          {legend}
        </label>
        <input
          id={inputId}
          type="text"
          maxLength={item.maxLength}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${inputId}-error` : undefined}
          className="block min-h-12 w-full rounded-md border border-gray-500 px-3 py-2 text-lg aria-invalid:border-alert-700"
        />
        <FieldError id={`${inputId}-error`} errors={errors} />
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {instrument.items.map((item) => {
        if (item.type !== "group") {
          return <div key={item.linkId}>{field(item, item.linkId, values[item.linkId] as TAnswerValue | undefined, (value) => setTop(item.linkId, value), errorsAt(item.linkId))}</div>;
        }
        const rows = values[item.linkId] as TRow[];
        return (
          <div key={item.linkId} className="space-y-4">
            <FieldError id={`${id}-${item.linkId}-error`} errors={errorsAt(item.linkId)} />
            {rows.map((row, index) => {
              const sentAt = sentRows[item.linkId]?.indexOf(index) ?? -1;
              const label = `${item.text} ${index + 1}${index + 1 > item.minRepeats ? " (if you have one)" : ""}`;
              return (
                <fieldset key={index} className="space-y-3 rounded-lg border border-brand-100 p-3">
                  <legend className="px-1 text-xl font-bold text-brand-900">{label}</legend>
                  {item.items.map((child) => (
                    <div key={child.linkId}>
                      {field(
                        child,
                        `${item.linkId}-${index}-${child.linkId}`,
                        row[child.linkId],
                        (value) => setCell(item.linkId, index, child.linkId, value),
                        sentAt >= 0 ? errorsAt(`${item.linkId}.${sentAt}.${child.linkId}`) : undefined,
                        `${child.text} (activity ${index + 1})`,
                      )}
                    </div>
                  ))}
                </fieldset>
              );
            })}
          </div>
        );
      })}
      <FormAlert message={save.error && !Object.keys(fieldErrors).some((key) => key.startsWith("answers.")) ? save.error.message : null} />
      <SubmitButton pending={save.isPending} className="inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto">
        {save.isPending ? "Saving…" : "Save my answers"}
      </SubmitButton>
    </form>
  );
}
