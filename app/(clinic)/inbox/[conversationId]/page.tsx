import type { Metadata } from "next";
import { ConversationThread } from "@/components/messages/conversation-thread";
import { ReplyTemplatesEditor } from "@/components/messages/reply-templates-editor";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { notFound } from "next/navigation";
import { canOpenConversation } from "@/lib/messages/conversations";
import { listClinicClinicians } from "@/lib/care-team/care-team";
import { listReplyTemplates } from "@/lib/messages/reply-templates";

export const metadata: Metadata = { title: "Conversation" };

export default async function ClinicConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { conversationId } = await params;
  if (!(await canOpenConversation(getDb(), viewer, conversationId))) notFound();
  const db = getDb();
  const [team, templates] = await Promise.all([listClinicClinicians(db, viewer), listReplyTemplates(db, viewer)]);
  const clinicians = team.map((member) => ({ id: member.clinicianId, name: member.name }));
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <ConversationThread conversationId={conversationId} clinician={{ clinicians, templates }} backHref="/inbox" />
      <ReplyTemplatesEditor />
    </div>
  );
}
