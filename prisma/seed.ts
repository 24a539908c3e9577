import { hashPassword } from "../lib/auth/password";
import { refreshEpisodeSummary, refreshMissingEpisodeSummaries } from "../lib/episodes/refresh-episode-summary";
import { storedCheckInAnswers, ZCheckInInput, type PAIN_AREAS, type TCheckInInput } from "../lib/checkins/check-in-input";
import { addDays, fromDbDate, todayIn, toDbDate, type TCalendarDate } from "../lib/dates/calendar-date";
import type { TDatabase } from "../lib/db/client";
import type { Prisma } from "../lib/db/generated/client";
import type { BodySide, Condition, Role } from "../lib/db/generated/enums";
import { daysBetween, planWeekOn } from "../lib/dates/calendar-days";
import { isInPlanWeek } from "../lib/plans/plan-item-weeks";
import type { TMedicalHistoryCode } from "../lib/red-flags/medical-history";
import { flagsFromAnswers } from "../lib/red-flags/check-in-questions";
import { levelOfFlags } from "../lib/red-flags/red-flag-level";
import type { TRedFlagCode } from "../lib/red-flags/red-flags";
import { planDoseOf } from "../lib/plans/format-plan-item";
import { seedMessages } from "./seed-messages";
import { seedClinicRecords } from "./seed-clinic-records";
import { seedReminders } from "./seed-reminders";
import { seedQuestionnaireDemo } from "./seed-questionnaires";

/*
 * The demo clinics. Two clinics so isolation between them can be seen; patient
 * episodes of different ages so every phase (acute, subacute, chronic) shows.
 * Idempotent: re-running finds everything by its unique key and adds only what
 * is missing. Later issues extend it with their own demo data.
 */

interface DemoPatient {
  email: string;
  name: string;
  dateOfBirth: string;
  onsetDaysAgo: number;
  condition: Condition;
  /** Guides the clinic's first clinician has given, with a note (skipped until the library is synced). */
  guides?: { slugs: string[]; note: string };
  /** A current exercise plan copied from one of the clinic's templates (skipped until the library is synced). */
  plan?: { template: string; createdBy: string; startDaysAgo: number };
  /** The medical history asked once (every demo patient has answered it, so the demo is not interrupted); none when left out. */
  history?: TMedicalHistoryCode[];
  /** The patient's check-ins so far, written once for a patient who has none. */
  checkIns?: TDemoCheckIn[];
  /**
   * How the patient kept to the plan: for each exercise due on a day from the
   * plan's start to yesterday, the share marked done and the share skipped
   * ("no time"); the rest are left unmarked. Written once, for a patient with
   * a current plan and no exercise log yet.
   */
  exerciseLog?: { done: number; skipped: number };
}

/** One day of a demo history: what the patient answered, `daysAgo` days before today (1 = yesterday). */
export interface TDemoCheckIn {
  daysAgo: number;
  painNow: number;
  painAreas: (typeof PAIN_AREAS)[number]["code"][];
  painSide?: BodySide;
  belowKnee?: boolean;
  numbness?: boolean;
  weakness?: boolean;
  activityMinutes?: number;
  sleepDisturbed?: boolean;
  tookPainMedicine?: boolean;
  note?: string;
  /** Red flags answered yes; the seed raises an unreviewed alert for the check-in, as a real one would. */
  redFlags?: TRedFlagCode[];
  /** The weekly PEG-3: average pain, interference with enjoyment of life, with general activity. */
  peg?: [number, number, number];
}

type DemoDose = {
  exercise: string;
  sets: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
  timesPerDay: number;
  daysPerWeek: number;
  fromWeek?: number;
  toWeek?: number;
  instructions?: string;
};

interface DemoTemplate {
  name: string;
  description: string;
  instructions: string;
  items: DemoDose[];
}

/** Plan templates every demo clinic starts with: exercises from content/exercises at doses close to their defaults. */
export const DEMO_PLAN_TEMPLATES: DemoTemplate[] = [
  {
    name: "Acute low back pain — first two weeks",
    description: "Gentle movement while the pain settles: keep walking and move the back little and often.",
    instructions: "Move within comfort. Some soreness is fine; stop an exercise that sends pain down your leg, and tell us.",
    items: [
      { exercise: "walking-program", sets: 1, minutes: 10, timesPerDay: 2, daysPerWeek: 7, toWeek: 1, instructions: "Flat ground, your own pace." },
      { exercise: "walking-program", sets: 1, minutes: 15, timesPerDay: 2, daysPerWeek: 7, fromWeek: 2, toWeek: 2 },
      { exercise: "pelvic-tilt", sets: 1, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 7 },
      { exercise: "knee-to-chest", sets: 1, reps: 3, holdSeconds: 20, timesPerDay: 2, daysPerWeek: 7 },
      { exercise: "cat-cow", sets: 1, reps: 10, timesPerDay: 2, daysPerWeek: 7 },
    ],
  },
  {
    name: "Sciatica — nerve glides and walking",
    description: "Keep the nerve moving and the body active while leg pain calms down.",
    instructions: "Leg symptoms may stir a little but should settle within an hour. Tell us at once about new numbness or weakness.",
    items: [
      { exercise: "sciatic-nerve-glide", sets: 1, reps: 10, timesPerDay: 2, daysPerWeek: 7, instructions: "Smooth and slow, no hold at the end." },
      { exercise: "walking-program", sets: 1, minutes: 10, timesPerDay: 2, daysPerWeek: 5 },
      { exercise: "prone-on-elbows", sets: 1, reps: 3, holdSeconds: 60, timesPerDay: 3, daysPerWeek: 7, instructions: "Skip it if the leg pain spreads further down." },
      { exercise: "piriformis-stretch", sets: 1, reps: 3, holdSeconds: 30, timesPerDay: 2, daysPerWeek: 7, fromWeek: 2 },
    ],
  },
  {
    name: "Spinal stenosis — flexion and walking",
    description: "Bending-forward stretches to ease the legs, and walking built up in short bouts.",
    instructions: "Walk until your legs start to ache, rest sitting or leaning forward, then go on.",
    items: [
      { exercise: "knee-to-chest", sets: 1, reps: 3, holdSeconds: 20, timesPerDay: 2, daysPerWeek: 7, toWeek: 2 },
      { exercise: "double-knee-to-chest", sets: 1, reps: 3, holdSeconds: 20, timesPerDay: 2, daysPerWeek: 7, fromWeek: 3 },
      { exercise: "pelvic-tilt", sets: 1, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 7 },
      { exercise: "partial-curl", sets: 2, reps: 8, holdSeconds: 3, timesPerDay: 1, daysPerWeek: 4, fromWeek: 2 },
      { exercise: "walking-program", sets: 1, minutes: 10, timesPerDay: 2, daysPerWeek: 5 },
    ],
  },
];

/*
 * Demo histories. No Math.random: the day-to-day ups and downs come from a
 * hash of (patient, day), so every run and every test sees the same values.
 * Days count back from today and stop at yesterday, so each demo patient
 * still has today's check-in and exercises to do.
 */

/** A pseudo-random number in [0, 1) that depends only on `key` and `n` (FNV-1a, then a murmur3 finaliser). */
export function demoNoise(key: string, n: number): number {
  let hash = 0x811c9dc5;
  for (const character of `${key}:${n}`) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/** -1, 0 or +1 (a quarter, a half, a quarter of the time): a day's wobble around the trend. */
function wobble(key: string, n: number): number {
  return Math.round(demoNoise(key, n) * 2 - 1) || 0;
}

/** A 0-10 rating from a real number. */
function rating(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value)));
}

/** James: a strained back settling over three weeks. Checks in most days from the onset, pain 7 down to about 2, PEG-3 weekly, more active each week. */
function recoveringStrain(onsetDaysAgo: number): TDemoCheckIn[] {
  const days: TDemoCheckIn[] = [];
  for (let day = 0; day < onsetDaysAgo; day++) {
    const weekly = day % 7 === 0;
    if (!weekly && demoNoise("james:missed", day) < 0.2) continue;
    const trend = 7 - 5 * Math.min(1, day / 15);
    days.push({
      daysAgo: onsetDaysAgo - day,
      painNow: rating(trend + wobble("james:pain", day)),
      painAreas: day < 10 ? ["LOWER_BACK", "BUTTOCK"] : ["LOWER_BACK"],
      painSide: day < 10 ? "RIGHT" : undefined,
      activityMinutes: Math.max(0, 10 + 3 * day + 5 * wobble("james:active", day)),
      sleepDisturbed: day < 6,
      tookPainMedicine: day < 9,
      note: day === 0 ? "Hurt it lifting boxes at work." : undefined,
      peg: weekly ? [rating(trend), rating(trend - 1 + wobble("james:enjoy", day)), rating(trend + wobble("james:activity", day))] : undefined,
    });
  }
  return days;
}

/** Ken: a disc that is not settling. Four or five check-ins a week since the onset, pain flat around 6, leg symptoms most days. */
function stuckDisc(onsetDaysAgo: number): TDemoCheckIn[] {
  const days: TDemoCheckIn[] = [];
  for (let day = 0; day < onsetDaysAgo; day++) {
    const weekday = day % 7;
    // Five days in even weeks, four in odd ones.
    if (weekday === 2 || weekday === 5 || (weekday === 6 && Math.floor(day / 7) % 2 === 1)) continue;
    const belowKnee = demoNoise("ken:knee", day) < 0.75;
    days.push({
      daysAgo: onsetDaysAgo - day,
      painNow: rating(6 + wobble("ken:pain", day)),
      painAreas: belowKnee ? ["LOWER_BACK", "BUTTOCK", "BACK_OF_THIGH", "CALF"] : ["LOWER_BACK", "BUTTOCK"],
      painSide: "LEFT",
      belowKnee,
      numbness: demoNoise("ken:numb", day) < 0.65,
      activityMinutes: 15 + 5 * wobble("ken:active", day),
      sleepDisturbed: demoNoise("ken:sleep", day) < 0.6,
      tookPainMedicine: demoNoise("ken:pills", day) < 0.7,
      peg: weekday === 0 ? [rating(6 + wobble("ken:peg", day)), rating(6 + wobble("ken:enjoy", day)), rating(6 + wobble("ken:activity", day))] : undefined,
    });
  }
  return days;
}

/** Tom: long-standing stenosis with flare-ups. Three or four check-ins a week for 12 weeks, pain 4-5, and two flares to 8 (daily check-ins while they last). */
function chronicWithFlares(): TDemoCheckIn[] {
  const weeks = 12;
  // Days into the 12 weeks -> pain during a flare.
  const flares = new Map<number, number>([
    [23, 7], [24, 8], [25, 8], [26, 7],
    [60, 8], [61, 8], [62, 7],
  ]);
  const days: TDemoCheckIn[] = [];
  for (let day = 0; day < weeks * 7; day++) {
    const weekday = day % 7;
    const flare = flares.get(day);
    if (flare === undefined && !(weekday === 0 || weekday === 2 || weekday === 4 || (weekday === 6 && Math.floor(day / 7) % 2 === 0))) continue;
    const painNow = flare ?? 4 + (demoNoise("tom:pain", day) < 0.5 ? 0 : 1);
    days.push({
      daysAgo: weeks * 7 - day,
      painNow,
      painAreas: painNow >= 7 ? ["LOWER_BACK", "BUTTOCK", "BACK_OF_THIGH", "CALF"] : ["LOWER_BACK", "BUTTOCK"],
      painSide: "BOTH",
      belowKnee: painNow >= 7,
      numbness: painNow >= 7 && demoNoise("tom:numb", day) < 0.5,
      activityMinutes: painNow >= 7 ? 5 + 5 * (demoNoise("tom:active", day) < 0.5 ? 0 : 1) : 25 + 5 * wobble("tom:active", day),
      sleepDisturbed: painNow >= 7,
      tookPainMedicine: painNow >= 6,
      note: flare === 8 && !flares.has(day - 1) ? "Bad day: could only walk to the end of the road." : undefined,
      peg: weekday === 0 ? [painNow, rating(painNow + wobble("tom:enjoy", day)), rating(painNow + 1 + wobble("tom:activity", day))] : undefined,
    });
  }
  // Yesterday: bad pain at night that no position eased, an URGENT red flag (open alert).
  days.push({
    daysAgo: 1,
    painNow: 6,
    painAreas: ["LOWER_BACK", "BUTTOCK"],
    painSide: "BOTH",
    activityMinutes: 15,
    sleepDisturbed: true,
    tookPainMedicine: true,
    note: "Up most of the night, nothing helped.",
    redFlags: ["NIGHT_PAIN"],
  });
  return days;
}

/** Aisha: sciatica easing slowly. Six check-ins a week for three weeks, pain 6 down to 4. */
function slowlyImproving(): TDemoCheckIn[] {
  const span = 21;
  const days: TDemoCheckIn[] = [];
  for (let day = 0; day < span; day++) {
    const weekday = day % 7;
    if (weekday === 3) continue;
    const trend = 6 - (2 * day) / (span - 1);
    const pain = rating(trend + (demoNoise("aisha:pain", day) < 0.2 ? 1 : demoNoise("aisha:pain", day) > 0.85 ? -1 : 0));
    days.push({
      daysAgo: span - day,
      painNow: pain,
      painAreas: day < 12 ? ["BUTTOCK", "BACK_OF_THIGH", "CALF"] : ["BUTTOCK", "BACK_OF_THIGH"],
      painSide: "LEFT",
      belowKnee: day < 12,
      numbness: day < 8 && demoNoise("aisha:numb", day) < 0.5,
      activityMinutes: 15 + day + 5 * wobble("aisha:active", day),
      sleepDisturbed: day < 10 && demoNoise("aisha:sleep", day) < 0.6,
      tookPainMedicine: day < 14,
      peg: weekday === 0 ? [rating(trend), rating(trend + wobble("aisha:enjoy", day)), rating(trend + wobble("aisha:activity", day))] : undefined,
    });
  }
  return days;
}

/** Sofia: leg pain after running, then yesterday a leg getting weaker: a red flag. */
function redFlagYesterday(): TDemoCheckIn[] {
  const pains = [3, 4, 4, 5, 6];
  return pains.map((painNow, index) => {
    const yesterday = index === pains.length - 1;
    return {
      daysAgo: pains.length - index,
      painNow,
      painAreas: index < 2 ? ["BACK_OF_THIGH"] : ["BACK_OF_THIGH", "CALF"],
      painSide: "RIGHT",
      belowKnee: index >= 2,
      numbness: index >= 3,
      weakness: yesterday,
      activityMinutes: [30, 20, 15, 10, 5][index],
      sleepDisturbed: yesterday,
      note: yesterday ? "My right foot catches on the stairs since this morning." : undefined,
      redFlags: yesterday ? ["WORSENING_LEG_WEAKNESS"] : [],
      peg: index === 0 ? [3, 2, 4] : undefined,
    };
  });
}

/** Noah: a few check-ins, nothing special (he had cancer years ago: he is asked whether his pain is new or worse, and it is not). */
function aFewCheckIns(): TDemoCheckIn[] {
  return [
    { daysAgo: 9, painNow: 4, painAreas: ["LOWER_BACK", "BUTTOCK"], painSide: "LEFT", activityMinutes: 30, peg: [4, 3, 4] },
    { daysAgo: 6, painNow: 4, painAreas: ["LOWER_BACK", "BUTTOCK"], painSide: "LEFT", activityMinutes: 35 },
    { daysAgo: 4, painNow: 3, painAreas: ["LOWER_BACK"], activityMinutes: 40 },
    { daysAgo: 2, painNow: 3, painAreas: ["LOWER_BACK"], activityMinutes: 45, note: "Better after the weekend walk." },
  ];
}

interface DemoClinic {
  slug: string;
  name: string;
  acuteWeeks: number;
  timeZone: string;
  /** What the patient's red-flag screens show; the emergency number varies by country. */
  contact: { emergencyNumber: string; phone: string; openingHours: string; outOfHoursText?: string };
  staff: { email: string; name: string; role: Exclude<Role, "PATIENT"> }[];
  patients: DemoPatient[];
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    slug: "riverside",
    name: "Riverside Spine Clinic",
    acuteWeeks: 4,
    timeZone: "America/New_York",
    // 555-01xx numbers are set aside for fiction.
    contact: { emergencyNumber: "911", phone: "(212) 555-0142", openingHours: "Monday to Friday, 8 am to 6 pm" },
    staff: [
      { email: "admin@riverside.example", name: "Riley Morgan", role: "ADMIN" },
      { email: "lee@riverside.example", name: "Dr. Jordan Lee", role: "CLINICIAN" },
      { email: "patel@riverside.example", name: "Dr. Priya Patel", role: "CLINICIAN" },
    ],
    patients: [
      {
        email: "maria@riverside.example",
        name: "Maria Lopez",
        dateOfBirth: "1984-03-12",
        onsetDaysAgo: 5,
        condition: "LOW_BACK_PAIN",
        guides: { slugs: ["low-back-pain", "preventing-back-pain"], note: "Start with the first one. Short walks are your best friend this week." },
      },
      {
        email: "james@riverside.example",
        name: "James Carter",
        dateOfBirth: "1990-07-28",
        onsetDaysAgo: 21,
        condition: "MUSCLE_STRAIN",
        // Two days after the onset.
        plan: { template: "Acute low back pain — first two weeks", createdBy: "lee@riverside.example", startDaysAgo: 19 },
        checkIns: recoveringStrain(21),
        exerciseLog: { done: 0.68, skipped: 0.07 },
      },
      {
        email: "aisha@riverside.example",
        name: "Aisha Rahman",
        dateOfBirth: "1977-11-02",
        onsetDaysAgo: 56,
        condition: "SCIATICA",
        guides: { slugs: ["sciatica"], note: "The nerve glide in this guide is the one we practised." },
        plan: { template: "Sciatica — nerve glides and walking", createdBy: "lee@riverside.example", startDaysAgo: 14 },
        checkIns: slowlyImproving(),
        exerciseLog: { done: 0.88, skipped: 0.05 },
      },
      { email: "tom@riverside.example", name: "Tom Becker", dateOfBirth: "1958-01-19", onsetDaysAgo: 152, condition: "SPINAL_STENOSIS", checkIns: chronicWithFlares() },
      {
        email: "sofia@riverside.example",
        name: "Sofia Rossi",
        dateOfBirth: "1995-05-30",
        onsetDaysAgo: 10,
        condition: "POSTERIOR_LEG_PAIN_AFTER_RUNNING",
        checkIns: redFlagYesterday(),
      },
      { email: "ken@riverside.example", name: "Ken Watanabe", dateOfBirth: "1969-09-14", onsetDaysAgo: 42, condition: "HERNIATED_DISC", checkIns: stuckDisc(42) },
    ],
  },
  {
    slug: "harbor",
    name: "Harbor Physio",
    acuteWeeks: 6,
    timeZone: "Europe/London",
    // 020 7946 0xxx numbers are set aside by Ofcom for drama.
    contact: {
      emergencyNumber: "999",
      phone: "020 7946 0321",
      openingHours: "Monday to Saturday, 9 am to 5 pm",
      outOfHoursText: "We do not read messages or check-ins when we are closed. Then call NHS 111 or your GP.",
    },
    staff: [{ email: "kim@harbor.example", name: "Sam Kim", role: "CLINICIAN" }],
    patients: [
      {
        email: "noah@harbor.example",
        name: "Noah Adams",
        dateOfBirth: "1988-02-08",
        onsetDaysAgo: 30,
        condition: "PINCHED_NERVE",
        history: ["PAST_CANCER"],
        guides: { slugs: ["pinched-nerve"], note: "Tell us at once if your foot feels weaker." },
        checkIns: aFewCheckIns(),
      },
    ],
  },
];

/** The sign-ins the seed creates, for the start-up banner and the README. */
export function demoSignIns(): { role: Role; email: string; clinic: string }[] {
  return DEMO_CLINICS.flatMap((clinic) => [
    ...clinic.staff.map((member) => ({ role: member.role, email: member.email, clinic: clinic.name })),
    ...clinic.patients.map((patient) => ({ role: "PATIENT" as const, email: patient.email, clinic: clinic.name })),
  ]);
}

export async function seedDemoData(db: TDatabase, options: { password: string; now?: Date }): Promise<void> {
  const passwordHash = await hashPassword(options.password);
  for (const demo of DEMO_CLINICS) {
    const clinic = await db.clinic.upsert({
      where: { slug: demo.slug },
      create: { slug: demo.slug, name: demo.name, acuteWeeks: demo.acuteWeeks, timeZone: demo.timeZone, isDemo: true, ...demo.contact },
      update: { isDemo: true },
    });
    for (const member of demo.staff) {
      await db.user.upsert({
        where: { email: member.email },
        create: { ...member, clinicId: clinic.id, passwordHash, twoFactorExempt: true },
        update: {},
      });
    }
    const today = todayIn(demo.timeZone, options.now);
    for (const patient of demo.patients) {
      await seedPatient(db, { clinicId: clinic.id, timeZone: demo.timeZone, today, passwordHash, patient, now: options.now ?? new Date() });
      await seedCheckIns(db, { today, patient });
    }
    await seedGuideAssignments(db, demo);
    await seedPlanTemplates(db, clinic.id);
    await seedPlans(db, { clinicId: clinic.id, today, demo });
    await seedExerciseLogs(db, { today, demo });
    await seedMessages(db, clinic.id, options.now ?? new Date());
    await seedReminders(db, { id: clinic.id, timeZone: demo.timeZone }, options.now);
  }
  // Episodes seeded without check-ins (a new patient like Maria) get their empty summary too.
  await refreshMissingEpisodeSummaries(db);
  await seedClinicRecords(db, DEMO_CLINICS, options.now);
  await seedQuestionnaireDemo(db, options.now);
}

/** Demo rows are not submissions: no submission is stored under this key, the schema only asks for one. */
const DEMO_REQUEST_ID = "00000000-0000-4000-8000-000000000000";

/** Noon UTC of a calendar date: within that date in every demo clinic's time zone, so a demo row's timestamps match its date. */
function demoTimestamp(date: TCalendarDate): Date {
  return new Date(`${date}T12:00:00.000Z`);
}

/** The patient's demo history on their active episode, in one transaction, for a patient who has no check-ins yet; an alert for each check-in with a red flag. */
async function seedCheckIns(db: TDatabase, input: { today: TCalendarDate; patient: DemoPatient }): Promise<void> {
  const history = input.patient.checkIns;
  if (!history?.length) return;
  await db.$transaction(async (tx) => {
    const { id: patientId } = await tx.user.findUniqueOrThrow({ where: { email: input.patient.email }, select: { id: true } });
    if (await tx.checkIn.count({ where: { patientId } })) return;
    const episode = await tx.episode.findFirst({
      where: { patientId, status: "ACTIVE" },
      orderBy: [{ onsetDate: "desc" }, { createdAt: "desc" }],
      select: { id: true, onsetDate: true },
    });
    // Never before the onset (an episode seeded on an earlier day began earlier, so this only matters then).
    const onset = episode ? fromDbDate(episode.onsetDate) : null;
    const rows = history
      .map((day) => ({ day, date: addDays(input.today, -day.daysAgo) }))
      .filter(({ date }) => onset === null || date >= onset)
      .map(({ day, date }) => ({
        patientId,
        episodeId: episode?.id ?? null,
        date: toDbDate(date),
        // The patient's form would have sent these answers: the same schema fills the defaults and stores them.
        ...storedAnswers(
          ZCheckInInput.parse({ ...day, date, requestId: DEMO_REQUEST_ID, pegPain: day.peg?.[0] ?? null, pegEnjoyment: day.peg?.[1] ?? null, pegActivity: day.peg?.[2] ?? null }),
          input.patient.history ?? [],
        ),
        createdAt: demoTimestamp(date),
        updatedAt: demoTimestamp(date),
      }));
    const created = await tx.checkIn.createManyAndReturn({ data: rows, select: { id: true, date: true, redFlags: true } });
    const flagged = created.flatMap((checkIn) => {
      const level = levelOfFlags(checkIn.redFlags);
      return level ? [{ ...checkIn, level }] : [];
    });
    if (flagged.length) {
      await tx.redFlagAlert.createMany({
        data: flagged.map((checkIn) => ({ patientId, checkInId: checkIn.id, flags: checkIn.redFlags, level: checkIn.level, raisedAt: demoTimestamp(fromDbDate(checkIn.date)) })),
      });
    }
    await refreshEpisodeSummary(tx, patientId);
  });
}

/** What the save would store for these answers and this history (red flags worked out as the server does). */
function storedAnswers(answers: TCheckInInput, history: readonly string[]) {
  return storedCheckInAnswers(answers, flagsFromAnswers(answers, history));
}

/**
 * Whether a plan item is due on `date` in the demo logs: in its plan weeks,
 * and on `daysPerWeek` days of each plan week spread over the seven (all
 * seven for 7, days 2, 3, 5, 6, 7 for 5). Plans say how many days a week,
 * not which: this is the demo's choice only.
 */
export function demoExerciseDue(item: { daysPerWeek: number; fromWeek: number; toWeek: number | null }, planStart: TCalendarDate, date: TCalendarDate): boolean {
  const week = planWeekOn(planStart, date);
  if (week === 0 || !isInPlanWeek(item, week)) return false;
  const day = daysBetween(planStart, date) % 7;
  return Math.floor(((day + 1) * item.daysPerWeek) / 7) > Math.floor((day * item.daysPerWeek) / 7);
}

/** Done and skipped marks on the current plan from its start to yesterday, in one transaction per patient, for patients with none yet. */
async function seedExerciseLogs(db: TDatabase, input: { today: TCalendarDate; demo: DemoClinic }): Promise<void> {
  for (const patient of input.demo.patients) {
    const shares = patient.exerciseLog;
    if (!shares) continue;
    const { id: patientId } = await db.user.findUniqueOrThrow({ where: { email: patient.email }, select: { id: true } });
    const plan = await db.exercisePlan.findFirst({
      where: { patientId, endedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        startDate: true,
        versions: {
          orderBy: { number: "desc" },
          select: { effectiveFrom: true, items: { select: { id: true, position: true, daysPerWeek: true, fromWeek: true, toWeek: true } } },
        },
      },
    });
    if (!plan) continue;
    const painOn = new Map((patient.checkIns ?? []).map((day) => [day.daysAgo, day.painNow]));
    const start = fromDbDate(plan.startDate);
    const rows: Prisma.ExerciseLogCreateManyInput[] = [];
    for (let daysAgo = daysBetween(start, input.today); daysAgo > 0; daysAgo--) {
      const date = addDays(input.today, -daysAgo);
      const version = plan.versions.find((candidate) => fromDbDate(candidate.effectiveFrom) <= date);
      for (const item of version?.items ?? []) {
        if (!demoExerciseDue(item, start, date)) continue;
        const roll = demoNoise(`${patient.email}:exercise-${item.position}`, daysAgo);
        const marked = { patientId, planItemId: item.id, date: toDbDate(date), createdAt: demoTimestamp(date), updatedAt: demoTimestamp(date) };
        if (roll < shares.done) {
          const pain = painOn.get(daysAgo);
          rows.push({ ...marked, outcome: "DONE" as const, painDuring: pain === undefined ? null : Math.max(0, pain - 1), feel: roll < 0.08 ? ("TOO_EASY" as const) : ("ABOUT_RIGHT" as const) });
        } else if (roll < shares.done + shares.skipped) {
          rows.push({ ...marked, outcome: "SKIPPED" as const, skipReason: "NO_TIME" as const });
        }
      }
    }
    await db.$transaction(async (tx) => {
      if (await tx.exerciseLog.count({ where: { patientId } })) return;
      await tx.exerciseLog.createMany({ data: rows });
    });
  }
}

/** The clinic's starter templates, each once; skipped until the library has all its exercises. */
async function seedPlanTemplates(db: TDatabase, clinicId: string): Promise<void> {
  for (const template of DEMO_PLAN_TEMPLATES) {
    if (await db.planTemplate.count({ where: { clinicId, name: template.name } })) continue;
    const items = await demoItems(db, template.items);
    if (!items) continue;
    await db.planTemplate.create({
      data: { clinicId, name: template.name, description: template.description, instructions: template.instructions, items: { createMany: { data: items } } },
    });
  }
}

/** Demo patients' current plans, copied from a clinic template, for patients who have never had a plan. */
async function seedPlans(db: TDatabase, input: { clinicId: string; today: string; demo: DemoClinic }): Promise<void> {
  for (const patient of input.demo.patients) {
    if (!patient.plan) continue;
    const { id: patientId } = await db.user.findUniqueOrThrow({ where: { email: patient.email }, select: { id: true } });
    if (await db.exercisePlan.count({ where: { patientId } })) continue;
    const template = await db.planTemplate.findUnique({
      where: { clinicId_name: { clinicId: input.clinicId, name: patient.plan.template } },
      select: { instructions: true, items: { orderBy: { position: "asc" }, omit: { id: true, templateId: true } } },
    });
    if (!template) continue;
    const { id: createdById } = await db.user.findUniqueOrThrow({ where: { email: patient.plan.createdBy }, select: { id: true } });
    const episode = await db.episode.findFirst({ where: { patientId, status: "ACTIVE" }, orderBy: { onsetDate: "desc" }, select: { id: true } });
    const startDate = toDbDate(addDays(input.today, -patient.plan.startDaysAgo));
    await db.exercisePlan.create({
      data: {
        patientId,
        episodeId: episode?.id ?? null,
        title: patient.plan.template,
        startDate,
        createdById,
        versions: {
          create: { number: 1, effectiveFrom: startDate, instructions: template.instructions, createdById, items: { createMany: { data: template.items } } },
        },
      },
    });
  }
}

/** Template rows for the doses, or null while an exercise is missing from the synced library. */
async function demoItems(db: TDatabase, doses: DemoDose[]) {
  const exercises = await db.exercise.findMany({ where: { slug: { in: doses.map((dose) => dose.exercise) }, retiredAt: null }, select: { id: true, slug: true } });
  const ids = new Map(exercises.map((exercise) => [exercise.slug, exercise.id]));
  if (doses.some((dose) => !ids.has(dose.exercise))) return null;
  return doses.map((dose, position) => ({
    exerciseId: ids.get(dose.exercise)!,
    position,
    ...planDoseOf(dose),
    fromWeek: dose.fromWeek ?? 1,
    toWeek: dose.toWeek ?? null,
    instructions: dose.instructions ?? null,
  }));
}

async function seedGuideAssignments(db: TDatabase, demo: DemoClinic): Promise<void> {
  const clinician = demo.staff.find((member) => member.role === "CLINICIAN");
  if (!clinician) return;
  const { id: assignedById } = await db.user.findUniqueOrThrow({ where: { email: clinician.email }, select: { id: true } });
  for (const patient of demo.patients) {
    if (!patient.guides) continue;
    const { id: patientId } = await db.user.findUniqueOrThrow({ where: { email: patient.email }, select: { id: true } });
    const guides = await db.guide.findMany({ where: { slug: { in: patient.guides.slugs }, retiredAt: null }, select: { id: true } });
    for (const guide of guides) {
      if (await db.guideAssignment.count({ where: { patientId, guideId: guide.id } })) continue;
      await db.guideAssignment.create({ data: { patientId, guideId: guide.id, assignedById, note: patient.guides.note } });
    }
  }
}

async function seedPatient(
  db: TDatabase,
  input: { clinicId: string; timeZone: string; today: string; passwordHash: string; patient: DemoPatient; now: Date },
): Promise<void> {
  const { patient } = input;
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: patient.email },
      create: {
        email: patient.email,
        name: patient.name,
        role: "PATIENT",
        clinicId: input.clinicId,
        passwordHash: input.passwordHash,
        patient: {
          create: { dateOfBirth: toDbDate(patient.dateOfBirth), timeZone: input.timeZone, medicalHistory: patient.history ?? [], historyAnsweredAt: input.now },
        },
      },
      update: {},
      select: { id: true, patient: { select: { _count: { select: { episodes: true } } } } },
    });
    if (user.patient && user.patient._count.episodes === 0) {
      await tx.episode.create({
        data: {
          patientId: user.id,
          onsetDate: toDbDate(addDays(input.today, -patient.onsetDaysAgo)),
          primaryCondition: patient.condition,
        },
      });
    }
  });
}
