"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { TClinicContact } from "@/lib/checkins/get-check-in-status";
import { redFlagPlain } from "@/lib/red-flags/red-flags";

export const OUT_OF_HOURS_DEFAULT = "Messages and check-ins are not watched around the clock. If the clinic is closed, call your doctor or urgent care.";

/** A phone number as a tel: address: digits and a leading plus only. */
const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, "")}`;

const LINK = "inline-flex min-h-12 items-center rounded-md px-5 text-lg font-bold";

/** Focuses the heading when it appears, so a screen reader reads it first. */
function useFocusOnShow() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

function Answered({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <>
      <p className="font-semibold">You told us about:</p>
      <ul className="list-disc space-y-1 pl-6">
        {flags.map((code) => (
          <li key={code}>{redFlagPlain(code)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * An EMERGENCY sign (NICE NG59; NHS "Cauda equina syndrome"): call the
 * emergency number or go to the emergency department now. Shown as soon as
 * such a box is ticked, before sending, and again once sent.
 */
export function EmergencyHelp({ clinic, flags, sent }: { clinic: TClinicContact; flags: string[]; sent: boolean }) {
  const heading = useFocusOnShow();
  return (
    <section aria-labelledby="emergency-heading" className="space-y-4 rounded-lg border-4 border-alert-700 bg-alert-50 p-5">
      <h2 id="emergency-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold text-alert-700">
        Call {clinic.emergencyNumber} or go to the emergency department now
      </h2>
      <a href={telHref(clinic.emergencyNumber)} className={`${LINK} bg-alert-700 text-white`}>
        Call {clinic.emergencyNumber}
      </a>
      <Answered flags={flags} />
      <p className="text-lg">
        This can be a sign of a problem that needs care <strong>now</strong>. Do not wait for your next visit, and do not wait for your clinic to call you.
      </p>
      {sent ? (
        <>
          <p>Your answers are saved, and your clinic will see them on your record.</p>
          <Link href="/dashboard" className="inline-flex min-h-12 items-center rounded-md border-2 border-alert-700 bg-white px-5 font-semibold text-alert-700">
            Back to my dashboard
          </Link>
        </>
      ) : (
        <p>Then press Send below, so your clinic sees it too.</p>
      )}
    </section>
  );
}

/**
 * An URGENT sign: contact the clinic, a doctor or urgent care today. The
 * out-of-hours line matters because nobody watches check-ins at night.
 */
export function UrgentHelp({ clinic, flags, sent }: { clinic: TClinicContact; flags: string[]; sent: boolean }) {
  const heading = useFocusOnShow();
  return (
    <section aria-labelledby="urgent-heading" className="space-y-4 rounded-lg border-4 border-amber-700 bg-amber-50 p-5">
      <h2 id="urgent-heading" ref={heading} tabIndex={sent ? -1 : undefined} className="text-2xl font-bold text-amber-900">
        Contact your clinic, doctor or urgent care today
      </h2>
      {clinic.phone ? (
        <a href={telHref(clinic.phone)} className={`${LINK} bg-amber-900 text-white`}>
          Call your clinic: {clinic.phone}
        </a>
      ) : null}
      {clinic.openingHours ? <p>Open: {clinic.openingHours}</p> : null}
      <p>{clinic.outOfHoursText ?? OUT_OF_HOURS_DEFAULT}</p>
      <Answered flags={flags} />
      {sent ? (
        <>
          <p>Your answers are saved, and your clinic will see them on your record.</p>
          <Link href="/dashboard" className="inline-flex min-h-12 items-center rounded-md border-2 border-amber-900 bg-white px-5 font-semibold text-amber-900">
            Back to my dashboard
          </Link>
        </>
      ) : null}
    </section>
  );
}
