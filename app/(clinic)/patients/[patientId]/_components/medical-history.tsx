"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { MEDICAL_HISTORY, medicalHistoryPlain, type TMedicalHistoryCode } from "@/lib/red-flags/medical-history";
import { saveMedicalHistoryEndpoint } from "@/lib/red-flags/medical-history-endpoints";
import type { TMedicalHistoryView } from "@/lib/red-flags/medical-history-view";

type THistory = TMedicalHistoryView;

/**
 * The patient's medical history that bears on red flags (asked once, kept on
 * the profile), in plain words, with a form to correct it, e.g. after a visit.
 */
export function MedicalHistory({ patientId, timeZone, initial }: { patientId: string; timeZone: string; initial: THistory }) {
  const [saved, setSaved] = useState<THistory>(initial);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const save = useMutation<THistory, ApiClientError, TMedicalHistoryCode[]>({
    mutationFn: (history) => callApi(saveMedicalHistoryEndpoint, { params: { patientId }, body: { medicalHistory: history, none: history.length === 0 } }),
    onSuccess: (answer) => {
      setSaved(answer);
      setEditing(false);
      setStatus("Medical history saved.");
    },
  });
  const answeredOn = saved.answeredAt
    ? new Date(saved.answeredAt).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone })
    : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const history = new FormData(event.currentTarget).getAll("history").map(String) as TMedicalHistoryCode[];
    save.mutate(history);
  }

  return (
    <div className="space-y-3">
      {answeredOn === null ? (
        <p>Not answered yet.</p>
      ) : saved.medicalHistory.length === 0 ? (
        <p>None of these (answered {answeredOn}).</p>
      ) : (
        <>
          <ul className="list-disc pl-6">
            {saved.medicalHistory.map((code) => (
              <li key={code}>{medicalHistoryPlain(code)}</li>
            ))}
          </ul>
          <p className="text-sm text-muted">Answered {answeredOn}.</p>
        </>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
      {editing ? (
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          <FormAlert message={save.error && !save.error.fields.medicalHistory ? save.error.message : null} />
          <fieldset aria-describedby={save.error?.fields.medicalHistory ? "history-error" : "history-hint"} className="space-y-1">
            <legend className="font-medium">Which of these apply to the patient?</legend>
            <p id="history-hint" className="text-sm text-muted">
              Leave all unticked when none apply.
            </p>
            {MEDICAL_HISTORY.map((item) => (
              <label key={item.code} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="history" value={item.code} defaultChecked={saved.medicalHistory.includes(item.code)} className="size-5 accent-brand-700" />
                {item.plain}
              </label>
            ))}
            <FieldError id="history-error" errors={save.error?.fields.medicalHistory} />
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={save.isPending}>Save history</SubmitButton>
            <button type="button" onClick={() => setEditing(false)} className="min-h-11 rounded-md border border-brand-700 px-4 font-medium text-brand-800">
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing(true)} className="min-h-11 rounded-md border border-brand-700 px-4 font-medium text-brand-800">
          {answeredOn === null ? "Record history" : "Change history"}
        </button>
      )}
    </div>
  );
}
