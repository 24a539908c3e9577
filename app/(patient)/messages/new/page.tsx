import type { Metadata } from "next";
import Link from "next/link";
import { NewConversationForm } from "@/components/messages/new-conversation-form";
import { MessageExpectations } from "@/components/messages/emergency-advice";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getMessagingClinic, resolveConversationStart } from "@/lib/messages/messaging-context";

export const metadata: Metadata = { title: "New message" };

type TSearch = { exercise?: string; checkIn?: string; alert?: string };

/** A new message to the care team, optionally about an exercise of the plan, a check-in or an alert (from their pages' links). */
export default async function NewMessagePage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const viewer = await requirePageViewer("PATIENT");
  const link = await searchParams;
  const db = getDb();
  const [clinic, start] = await Promise.all([
    getMessagingClinic(db, viewer),
    resolveConversationStart(db, viewer, viewer.userId, { exerciseSlug: link.exercise, checkInId: link.checkIn, alertId: link.alert }),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/messages" className="font-medium text-brand-800 underline">
          ← All messages
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Write to your care team</h1>
      <p>
        About: <strong>{start.about}</strong>
      </p>
      <MessageExpectations replyTime={clinic.replyTime} emergencyNumber={clinic.emergencyNumber} />
      <NewConversationForm start={start.start} hrefBase="/messages" emergencyNumber={clinic.emergencyNumber} />
    </div>
  );
}
