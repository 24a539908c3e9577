"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { setCareTeamEndpoint } from "@/lib/care-team/care-team-endpoints";

type TMember = { clinicianId: string; name: string };

/** The patient's care team: who is told first about their emergency flags (several allowed, at least one). */
export function CareTeamEditor({ patientId, members, clinicians }: { patientId: string; members: TMember[]; clinicians: TMember[] }) {
  const router = useRouter();
  const save = useApiForm(setCareTeamEndpoint, { patientId });
  const [chosen, setChosen] = useState(new Set(members.map((member) => member.clinicianId)));
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { clinicianIds: [...chosen] },
      {
        onSuccess: () => {
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  const errors = save.fieldErrors.clinicianIds;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Care team">
      <FormAlert message={errors?.length ? null : save.formError} />
      <fieldset aria-describedby={errors?.length ? "care-team-error" : "care-team-hint"}>
        <legend className="font-medium">Clinicians on the care team</legend>
        <p id="care-team-hint" className="text-sm text-muted">
          They are told at once about an emergency red flag. With nobody on the team, every clinician of the clinic is told.
        </p>
        <div className="flex flex-wrap gap-x-4">
          {clinicians.map((clinician) => (
            <label key={clinician.clinicianId} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={chosen.has(clinician.clinicianId)}
                onChange={(event) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.add(clinician.clinicianId);
                    else next.delete(clinician.clinicianId);
                    return next;
                  })
                }
              />
              {clinician.name}
            </label>
          ))}
        </div>
        <FieldError id="care-team-error" errors={errors} />
      </fieldset>
      <SubmitButton pending={save.isPending}>{save.isPending ? "Saving…" : "Save care team"}</SubmitButton>
      <div role="status">{saved ? <p className="text-sm">Care team saved.</p> : null}</div>
    </form>
  );
}
