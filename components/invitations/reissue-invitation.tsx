"use client";

import { FormAlert } from "@/components/forms/form-alert";
import { useApiForm } from "@/components/forms/use-api-form";
import { InvitationLinkCard } from "@/components/invitations/invitation-link-card";

type Issued = { invitationUrl: string; expiresAt: string; emailed: boolean };

/** A button that makes a new invitation link at `path` (an API endpoint) and shows it to copy or print. */
export function ReissueInvitation({ path, name }: { path: string; name: string }) {
  const reissue = useApiForm<Record<string, never>, Issued>(path);
  if (reissue.data) return <InvitationLinkCard name={name} url={reissue.data.invitationUrl} expiresAt={reissue.data.expiresAt} emailed={reissue.data.emailed} />;
  return (
    <div className="space-y-2">
      <FormAlert message={reissue.formError} />
      <button
        type="button"
        onClick={() => reissue.mutate({})}
        disabled={reissue.isPending}
        className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800"
      >
        Make a new invitation link<span className="sr-only"> for {name}</span>
      </button>
    </div>
  );
}
