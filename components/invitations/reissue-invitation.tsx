"use client";

import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { InvitationLinkCard } from "@/components/invitations/invitation-link-card";
import { reissueInvitationEndpoint } from "@/lib/patients/patient-endpoints";
import { reissueStaffInvitationEndpoint } from "@/lib/staff/staff-endpoints";

/** The invitation of a patient or of a staff member; the page passes only ids (contracts cannot cross to the client as props). */
type TInvitee = { patientId: string } | { userId: string };

/** A button that makes a new invitation link for `invitee` and shows it to copy or print. */
export function ReissueInvitation({ invitee, name }: { invitee: TInvitee; name: string }) {
  const contract = "patientId" in invitee ? reissueInvitationEndpoint : reissueStaffInvitationEndpoint;
  const reissue = useApiForm<typeof reissueInvitationEndpoint | typeof reissueStaffInvitationEndpoint>(contract, invitee);
  if (reissue.data) return <InvitationLinkCard name={name} url={reissue.data.invitationUrl} expiresAt={reissue.data.expiresAt} emailed={reissue.data.emailed} />;
  return (
    <div className="space-y-2">
      <FormAlert message={reissue.formError} />
      <button
        type="button"
        onClick={() => reissue.mutate(undefined)}
        disabled={reissue.isPending}
        className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800"
      >
        Make a new invitation link<span className="sr-only"> for {name}</span>
      </button>
    </div>
  );
}
