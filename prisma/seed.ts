import { hashPassword } from "../lib/auth/password";
import { addDays, todayIn, toDbDate } from "../lib/dates/calendar-date";
import type { Database } from "../lib/db/client";
import type { Condition, Role } from "../lib/db/generated/enums";

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
}

interface DemoClinic {
  slug: string;
  name: string;
  acuteWeeks: number;
  timeZone: string;
  staff: { email: string; name: string; role: Exclude<Role, "PATIENT"> }[];
  patients: DemoPatient[];
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    slug: "riverside",
    name: "Riverside Spine Clinic",
    acuteWeeks: 4,
    timeZone: "America/New_York",
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
      { email: "james@riverside.example", name: "James Carter", dateOfBirth: "1990-07-28", onsetDaysAgo: 21, condition: "MUSCLE_STRAIN" },
      {
        email: "aisha@riverside.example",
        name: "Aisha Rahman",
        dateOfBirth: "1977-11-02",
        onsetDaysAgo: 56,
        condition: "SCIATICA",
        guides: { slugs: ["sciatica"], note: "The nerve glide in this guide is the one we practised." },
      },
      { email: "tom@riverside.example", name: "Tom Becker", dateOfBirth: "1958-01-19", onsetDaysAgo: 152, condition: "SPINAL_STENOSIS" },
      { email: "sofia@riverside.example", name: "Sofia Rossi", dateOfBirth: "1995-05-30", onsetDaysAgo: 10, condition: "POSTERIOR_LEG_PAIN_AFTER_RUNNING" },
      { email: "ken@riverside.example", name: "Ken Watanabe", dateOfBirth: "1969-09-14", onsetDaysAgo: 42, condition: "HERNIATED_DISC" },
    ],
  },
  {
    slug: "harbor",
    name: "Harbor Physio",
    acuteWeeks: 6,
    timeZone: "Europe/London",
    staff: [{ email: "kim@harbor.example", name: "Sam Kim", role: "CLINICIAN" }],
    patients: [
      {
        email: "noah@harbor.example",
        name: "Noah Adams",
        dateOfBirth: "1988-02-08",
        onsetDaysAgo: 30,
        condition: "PINCHED_NERVE",
        guides: { slugs: ["pinched-nerve"], note: "Tell us at once if your foot feels weaker." },
      },
    ],
  },
];

export const DEFAULT_DEMO_PASSWORD = "backtrack-demo";

/** The sign-ins the seed creates, for the start-up banner and the README. */
export function demoSignIns(): { role: Role; email: string; clinic: string }[] {
  return DEMO_CLINICS.flatMap((clinic) => [
    ...clinic.staff.map((member) => ({ role: member.role, email: member.email, clinic: clinic.name })),
    ...clinic.patients.map((patient) => ({ role: "PATIENT" as const, email: patient.email, clinic: clinic.name })),
  ]);
}

export async function seedDemoData(db: Database, options: { password: string; now?: Date }): Promise<void> {
  const passwordHash = await hashPassword(options.password);
  for (const demo of DEMO_CLINICS) {
    const clinic = await db.clinic.upsert({
      where: { slug: demo.slug },
      create: { slug: demo.slug, name: demo.name, acuteWeeks: demo.acuteWeeks },
      update: {},
    });
    for (const member of demo.staff) {
      await db.user.upsert({
        where: { email: member.email },
        create: { ...member, clinicId: clinic.id, passwordHash },
        update: {},
      });
    }
    const today = todayIn(demo.timeZone, options.now);
    for (const patient of demo.patients) {
      await seedPatient(db, { clinicId: clinic.id, timeZone: demo.timeZone, today, passwordHash, patient });
    }
    await seedGuideAssignments(db, demo);
  }
}

async function seedGuideAssignments(db: Database, demo: DemoClinic): Promise<void> {
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
  db: Database,
  input: { clinicId: string; timeZone: string; today: string; passwordHash: string; patient: DemoPatient },
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
        patient: { create: { dateOfBirth: toDbDate(patient.dateOfBirth), timeZone: input.timeZone } },
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
