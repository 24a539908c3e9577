import type { Metadata } from "next";
import Link from "next/link";
import { ConversationList } from "@/components/messages/conversation-list";
import { MessageExpectations } from "@/components/messages/emergency-advice";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getMessagingClinic } from "@/lib/messages/messaging-context";

export const metadata: Metadata = { title: "Messages" };

/** The patient's conversations with their care team. */
export default async function MessagesPage() {
  const viewer = await requirePageViewer("PATIENT");
  const clinic = await getMessagingClinic(getDb(), viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Messages</h1>
      <MessageExpectations replyTime={clinic.replyTime} emergencyNumber={clinic.emergencyNumber} />
      <Link href="/messages/new" className="inline-flex min-h-12 items-center rounded-md bg-brand-700 px-5 font-semibold text-white">
        Write to your care team
      </Link>
      <ConversationList hrefBase="/messages" />
    </div>
  );
}
