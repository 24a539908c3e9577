import type { Metadata } from "next";
import { ConversationList } from "@/components/messages/conversation-list";
import { requirePageViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Messages" };

/** The clinic's conversations with its patients, unread first. */
export default async function InboxPage() {
  await requirePageViewer("CLINICIAN");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Messages</h1>
      <p className="text-muted">Conversations with your clinic&apos;s patients. To write to a patient, open their page and choose &ldquo;Write to the patient&rdquo;.</p>
      <ConversationList hrefBase="/inbox" inbox />
    </div>
  );
}
