"use client";

import type { TMedicalHistoryCode } from "@/lib/red-flags/medical-history";

import { FieldError } from "@/components/forms/field-error";
import { MEDICAL_HISTORY } from "@/lib/red-flags/medical-history";

export type TMedicalHistoryDraft = { medicalHistory: TMedicalHistoryCode[]; none: boolean };

const CHOICE = "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-gray-400 px-3 has-checked:border-brand-800 has-checked:bg-brand-50";

/**
 * The history asked once, for the invitation form and the patient's history
 * page. "None of these" is an answer of its own: ticking it clears the others
 * and ticking another clears it.
 */
export function MedicalHistoryFields({ value, onChange, errors }: { value: TMedicalHistoryDraft; onChange: (value: TMedicalHistoryDraft) => void; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="space-y-2" aria-describedby={invalid ? "medical-history-error" : undefined}>
      <legend className="text-lg font-semibold">Is any of this true for you?</legend>
      <p className="text-sm text-muted">We ask once. It helps us know which signs to watch for. You can change it later.</p>
      {MEDICAL_HISTORY.map((entry) => (
        <label key={entry.code} className={CHOICE}>
          <input
            type="checkbox"
            name="medicalHistory"
            value={entry.code}
            className="size-6 shrink-0"
            checked={value.medicalHistory.includes(entry.code)}
            onChange={(event) =>
              onChange({
                none: false,
                medicalHistory: event.target.checked ? [...value.medicalHistory, entry.code] : value.medicalHistory.filter((code) => code !== entry.code),
              })
            }
          />
          {entry.label}
        </label>
      ))}
      <label className={CHOICE}>
        <input type="checkbox" name="none" className="size-6 shrink-0" checked={value.none} onChange={(event) => onChange({ none: event.target.checked, medicalHistory: [] })} />
        None of these
      </label>
      <FieldError id="medical-history-error" errors={errors} />
    </fieldset>
  );
}
