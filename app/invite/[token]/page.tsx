import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { getDocumentsForInvitation } from "@/lib/clinic-records/clinic-documents";
import { getDb } from "@/lib/db/client";
import { findInvitation, markInvitationOpened } from "@/lib/invitations/find-invitation";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

const PROBLEMS = {
  used: { title: "This link has already been used", text: "Each invitation link works once. If you set your password, sign in with it." },
  expired: { title: "This link has expired", text: "Invitation links work for a few days only. Ask your clinic for a new link." },
  invalid: { title: "This link does not work", text: "Check that you copied the whole link, or ask your clinic for a new one." },
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const invitation = await findInvitation(db, token);
  if (invitation.status !== "valid") {
    const problem = PROBLEMS[invitation.status];
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">{problem.title}</h1>
        <p>{problem.text}</p>
        <ButtonLink href="/sign-in" variant="secondary">
          Go to sign in
        </ButtonLink>
      </div>
    );
  }
  await markInvitationOpened(db, token);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Welcome, {invitation.name}</h1>
      <p>Choose a password for your BackTrack account ({invitation.email}). Use at least 12 characters; a few words you will remember work well.</p>
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        asksHistory={invitation.role === "PATIENT"}
        documents={invitation.role === "PATIENT" ? await getDocumentsForInvitation(db, token) : []}
      />
    </div>
  );
}
