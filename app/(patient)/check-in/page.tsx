import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getCheckInForDate } from "@/lib/checkins/get-check-in-for-date";
import { getCheckInStatus } from "@/lib/checkins/get-check-in-status";
import { getDb } from "@/lib/db/client";
import { SIGN_CODES } from "@/lib/red-flags/check-in-questions";
import { CheckInForm, type TCheckInDraft } from "./_components/check-in-form";

export const metadata: Metadata = { title: "Check in" };

const EMPTY: TCheckInDraft = {
  painNow: null,
  painAreas: [],
  painSide: "",
  belowKnee: false,
  numbness: false,
  weakness: false,
  activityMinutes: "",
  sleepDisturbed: false,
  tookPainMedicine: false,
  note: "",
  redFlags: [],
  painNewOrWorse: null,
  painAfterSmallInjury: null,
  pegPain: null,
  pegEnjoyment: null,
  pegActivity: null,
};

const dayName = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** Today's check-in, or (with ?date=) a day in the last week that was missed or needs a change. */
export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const viewer = await requirePageViewer("PATIENT");
  const db = getDb();
  const status = await getCheckInStatus(db, viewer, viewer.userId);
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
  const initial: TCheckInDraft = existing
    ? {
        painNow: existing.painNow,
        painAreas: existing.painAreas,
        painSide: existing.painSide ?? "",
        belowKnee: existing.belowKnee,
        numbness: existing.numbness,
        weakness: existing.weakness,
        activityMinutes: existing.activityMinutes === null ? "" : String(existing.activityMinutes),
        sleepDisturbed: existing.sleepDisturbed,
        tookPainMedicine: existing.tookPainMedicine,
        note: existing.note ?? "",
        redFlags: existing.redFlags.filter((code) => (SIGN_CODES as string[]).includes(code)),
        painNewOrWorse: status.historyQuestions.includes("CANCER_HISTORY") ? existing.redFlags.includes("CANCER_HISTORY") : null,
        painAfterSmallInjury: status.historyQuestions.includes("FRAGILE_BONE_INJURY") ? existing.redFlags.includes("FRAGILE_BONE_INJURY") : null,
        pegPain: existing.pegPain,
        pegEnjoyment: existing.pegEnjoyment,
        pegActivity: existing.pegActivity,
      }
    : EMPTY;
  const isToday = date === status.today;
  const label = isToday ? "today" : dayName(date);
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
