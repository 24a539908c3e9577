import type { Metadata } from "next";
import { ConversationThread } from "@/components/messages/conversation-thread";
import { MessageExpectations } from "@/components/messages/emergency-advice";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { notFound } from "next/navigation";
import { canOpenConversation } from "@/lib/messages/conversations";
import { getMessagingClinic } from "@/lib/messages/messaging-context";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const viewer = await requirePageViewer("PATIENT");
  const { conversationId } = await params;
  if (!(await canOpenConversation(getDb(), viewer, conversationId))) notFound();
  const clinic = await getMessagingClinic(getDb(), viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <ConversationThread conversationId={conversationId} emergencyNumber={clinic.emergencyNumber} backHref="/messages" />
      <MessageExpectations replyTime={clinic.replyTime} emergencyNumber={clinic.emergencyNumber} />
    </div>
  );
}
