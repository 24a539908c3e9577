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
  /** A current exercise plan copied from one of the clinic's templates (skipped until the library is synced). */
  plan?: { template: string; createdBy: string; startDaysAgo: number };
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
        plan: { template: "Sciatica — nerve glides and walking", createdBy: "lee@riverside.example", startDaysAgo: 14 },
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
    await seedPlanTemplates(db, clinic.id);
    await seedPlans(db, { clinicId: clinic.id, today, demo });
  }
}

/** The clinic's starter templates, each once; skipped until the library has all its exercises. */
async function seedPlanTemplates(db: Database, clinicId: string): Promise<void> {
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
async function seedPlans(db: Database, input: { clinicId: string; today: string; demo: DemoClinic }): Promise<void> {
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
async function demoItems(db: Database, doses: DemoDose[]) {
  const exercises = await db.exercise.findMany({ where: { slug: { in: doses.map((dose) => dose.exercise) }, retiredAt: null }, select: { id: true, slug: true } });
  const ids = new Map(exercises.map((exercise) => [exercise.slug, exercise.id]));
  if (doses.some((dose) => !ids.has(dose.exercise))) return null;
  return doses.map((dose, position) => ({
    exerciseId: ids.get(dose.exercise)!,
    position,
    sets: dose.sets,
    reps: dose.reps ?? null,
    holdSeconds: dose.holdSeconds ?? null,
    minutes: dose.minutes ?? null,
    timesPerDay: dose.timesPerDay,
    daysPerWeek: dose.daysPerWeek,
    fromWeek: dose.fromWeek ?? 1,
    toWeek: dose.toWeek ?? null,
    instructions: dose.instructions ?? null,
  }));
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
