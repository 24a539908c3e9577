import Link from "next/link";
import type { TConversationSummary } from "@/lib/messages/conversations";

const when = (date: Date) => date.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** The patient's conversations with the clinic, on their page; each opens in the inbox. */
export function PatientConversations({ patientId, conversations }: { patientId: string; conversations: TConversationSummary[] }) {
  return (
    <div className="space-y-3">
      {conversations.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ul className="space-y-2">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link href={`/inbox/${conversation.id}`} className="font-medium text-brand-800 underline">
                {conversation.about}
              </Link>{" "}
              <span className="text-sm text-muted">
                · {when(conversation.lastMessageAt)} · {conversation.status === "CLOSED" ? "Closed" : conversation.awaitingClinic ? "Waiting for a reply" : "Open"}
                {conversation.unread ? " · New" : ""}
                {conversation.emergencyFlagged ? " · Mentions emergency signs" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/inbox/new?patient=${encodeURIComponent(patientId)}`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
        Write to the patient
      </Link>
    </div>
  );
}
