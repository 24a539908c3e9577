"use client";

import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { INVITATION_STATUS_WORDS, type TInvitationStatus } from "@/lib/invitations/invitation-status";
import { reissueInvitationEndpoint } from "@/lib/patients/patient-endpoints";
import { reissueStaffInvitationEndpoint } from "@/lib/staff/staff-endpoints";

/** The invitation of a patient or of a staff member; the page passes only ids (contracts cannot cross to the client as props). */
type TInvitee = { patientId: string } | { userId: string };

/** The invitation's status and a button that emails a new link (the old one stops working). */
export function ReissueInvitation({ invitee, name, status }: { invitee: TInvitee; name: string; status: TInvitationStatus | null }) {
  const contract = "patientId" in invitee ? reissueInvitationEndpoint : reissueStaffInvitationEndpoint;
  const reissue = useApiForm<typeof reissueInvitationEndpoint | typeof reissueStaffInvitationEndpoint>(contract, invitee);
  const current = reissue.data?.status ?? status;
  return (
    <div className="space-y-2">
      <p data-testid="invitation-status">{current ? INVITATION_STATUS_WORDS[current] : "Not invited yet"}</p>
      <FormAlert message={reissue.formError} />
      <p role="status" className="text-sm">
        {reissue.data && reissue.data.status !== "not-sent" ? `A new link was emailed to ${reissue.data.email}; the earlier one no longer works.` : ""}
      </p>
      <button
        type="button"
        onClick={() => reissue.mutate(undefined)}
        disabled={reissue.isPending}
        className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800"
      >
        {reissue.isPending ? "Sending…" : "Send a new invitation"}
        <span className="sr-only"> to {name}</span>
      </button>
    </div>
  );
}
