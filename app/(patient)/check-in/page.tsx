import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCheckInForDate } from "@/lib/checkins/get-check-in-for-date";
import { getCheckInStatus } from "@/lib/checkins/get-check-in-status";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { getDb } from "@/lib/db/client";
import { weekdayLongDate } from "@/lib/dates/format-date";
import { checkInDraftOf, EMPTY_CHECK_IN_DRAFT } from "@/lib/checkins/check-in-draft";
import { CheckInForm } from "./_components/check-in-form";

export const metadata: Metadata = { title: "Check in" };

/** Today's check-in, or (with ?date=) a day in the last week that was missed or needs a change. */
export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const [status, consent] = await Promise.all([getCheckInStatus(db, viewer, viewer.userId), getConsentStatus(db, viewer, viewer.userId)]);
  if (consent.outstanding.length > 0) redirect("/my-consent");
  if (!status.historyAnswered) redirect("/my-health-history");
  const asked = (await searchParams).date;
  const date = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : status.today;
  if (date < status.editableFrom || date > status.today) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">Check in</h1>
        <p>You can add or change a check-in for today or the last 7 days.</p>
        <Link href="/check-in" className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
          Check in for today
        </Link>
      </div>
    );
  }
  const existing = await getCheckInForDate(db, viewer, viewer.userId, date);
  const initial = existing ? checkInDraftOf(existing, status.historyQuestions) : EMPTY_CHECK_IN_DRAFT;
  const isToday = date === status.today;
  const label = isToday ? "today" : weekdayLongDate(date);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{isToday ? "Today's check-in" : `Check-in for ${label}`}</h1>
        <p className="text-muted">{existing ? "You already checked in for this day. Change what you need and send it again." : "It takes about a minute."}</p>
      </div>
      <CheckInForm patientId={viewer.userId} date={date} dateLabel={label} initial={initial} pegDue={status.pegDue && isToday} isEdit={Boolean(existing)} historyQuestions={status.historyQuestions} clinic={status.clinic} />
    </div>
  );
}
