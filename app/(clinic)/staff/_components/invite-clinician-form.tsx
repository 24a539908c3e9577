"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { InvitationSentCard } from "@/components/invitations/invitation-sent-card";
import { inviteClinicianEndpoint } from "@/lib/staff/staff-endpoints";


export function InviteClinicianForm() {
  const router = useRouter();
  const invite = useApiForm(inviteClinicianEndpoint);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.mutateForm(event.currentTarget, { onSuccess: () => router.refresh() });
  }

  if (invite.data) {
    return <InvitationSentCard name={invite.variables?.name ?? "the clinician"} email={invite.data.email} status={invite.data.status} expiresAt={invite.data.expiresAt} />;
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={invite.formError} />
      <TextField label="Full name" name="name" autoComplete="off" required errors={invite.fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="off" required errors={invite.fieldErrors.email} />
      <SubmitButton pending={invite.isPending}>Invite clinician</SubmitButton>
    </form>
  );
}
