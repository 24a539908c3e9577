"use client";

import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { InvitationSentCard } from "@/components/invitations/invitation-sent-card";
import { createPatientEndpoint } from "@/lib/patients/patient-endpoints";


export function NewPatientForm({ conditions }: { conditions: { value: string; label: string }[] }) {
  const create = useApiForm(createPatientEndpoint);
  const browserZone = typeof Intl === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutateForm(event.currentTarget);
  }

  if (create.data) {
    const name = create.variables?.name ?? "your patient";
    return (
      <div className="space-y-4">
        <InvitationSentCard name={name} email={create.data.email} status={create.data.status} expiresAt={create.data.expiresAt} />
        <a href={`/patients/${create.data.patientId}`} className="font-medium text-brand-800 underline">
          Open {name}&apos;s page
        </a>
      </div>
    );
  }

  const errors = create.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={create.formError} />
      <TextField label="Full name" name="name" autoComplete="off" required errors={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="off" required errors={errors.email} />
      <TextField label="Date of birth" name="dateOfBirth" type="date" required errors={errors.dateOfBirth} />
      <TextField label="Date the pain began" name="onsetDate" type="date" required hint="The first day of this episode of pain." errors={errors.onsetDate} />
      <SelectField label="Primary condition" name="primaryCondition" options={conditions} errors={errors.primaryCondition} />
      <TextField label="Patient's time zone" name="timeZone" defaultValue={browserZone} hint="Check-in days follow this zone, e.g. America/New_York." errors={errors.timeZone} />
      <SubmitButton pending={create.isPending}>{create.isPending ? "Adding…" : "Add patient and email invitation"}</SubmitButton>
    </form>
  );
}
