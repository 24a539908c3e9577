import { INVITATION_STATUS_WORDS, type TInvitationStatus } from "@/lib/invitations/invitation-status";

/** After inviting someone: where the link went and until when. The link itself is never shown (it goes only by email). */
export function InvitationSentCard({ name, email, status, expiresAt }: { name: string; email: string; status: TInvitationStatus; expiresAt: string }) {
  const sent = status !== "not-sent";
  return (
    <section aria-labelledby="invitation-heading" role="status" className="space-y-2 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <h2 id="invitation-heading" className="text-lg font-bold text-brand-900">
        {sent ? `Invitation emailed to ${name}` : `The invitation email to ${name} was not sent`}
      </h2>
      <p>
        {sent ? (
          <>
            We emailed a single-use link to <strong>{email}</strong>. It expires on{" "}
            <time dateTime={expiresAt}>{new Date(expiresAt).toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short" })}</time>. You can follow
            whether it was opened and send a new one if it is lost.
          </>
        ) : (
          INVITATION_STATUS_WORDS["not-sent"]
        )}
      </p>
    </section>
  );
}
