import type { TDatabase } from "../lib/db/client";

/** A few hours before `now`, so the demo's conversations read in order. */
const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

type TDemoMessage = { from: "patient" | string; body: string; hoursAgo: number };
type TDemoConversation = { patient: string; exercise?: string; messages: TDemoMessage[]; readByPatient: boolean; readByClinic: string | null };

/**
 * The demo's messages: Aisha asked about an exercise of her plan and Dr Lee
 * answered (she has read it); Ken wrote yesterday and nobody has answered yet,
 * so Lee's inbox has an unread conversation. Saved replies for Riverside.
 */
const DEMO_CONVERSATIONS: TDemoConversation[] = [
  {
    patient: "aisha@riverside.example",
    exercise: "sciatic-nerve-glide",
    readByPatient: true,
    readByClinic: "lee@riverside.example",
    messages: [
      { from: "patient", body: "The nerve glide makes my calf tingle a little while I do it. Should I stop?", hoursAgo: 30 },
      { from: "lee@riverside.example", body: "A mild tingle that settles within a minute or two is fine. Make the movement smaller if it lasts longer, and tell me at your next visit.", hoursAgo: 26 },
    ],
  },
  {
    patient: "ken@riverside.example",
    readByPatient: true,
    readByClinic: null,
    messages: [{ from: "patient", body: "Work wants me back on full shifts next week. Is that too soon?", hoursAgo: 20 }],
  },
];

const DEMO_REPLIES = [
  { title: "Soreness after a new exercise", body: "Some soreness for a day or two after a new exercise is common and not harmful. If it lasts longer, or the pain spreads down your leg, do fewer repetitions and let us know." },
  { title: "Booking a visit", body: "Thanks for your message. Please call the clinic to book a visit so we can look at this together." },
];

/** Seeds the demo conversations once (a patient who already has one is left alone). */
export async function seedMessages(db: TDatabase, clinicId: string, now: Date): Promise<void> {
  for (const demo of DEMO_CONVERSATIONS) {
    const patient = await db.user.findUnique({ where: { email: demo.patient }, select: { id: true, clinicId: true } });
    if (!patient || patient.clinicId !== clinicId) continue;
    if (await db.conversation.count({ where: { patientId: patient.id } })) continue;
    const authors = new Map<string, string>([["patient", patient.id]]);
    for (const message of demo.messages) {
      if (message.from !== "patient" && !authors.has(message.from)) authors.set(message.from, (await db.user.findUniqueOrThrow({ where: { email: message.from }, select: { id: true } })).id);
    }
    const exercise = demo.exercise ? await db.exercisePlanItem.findFirst({ where: { exercise: { slug: demo.exercise }, version: { plan: { patientId: patient.id } } }, select: { exerciseId: true } }) : null;
    const last = demo.messages.at(-1)!;
    const lastAt = hoursBefore(now, last.hoursAgo);
    const readers = [
      ...(demo.readByPatient ? [{ userId: patient.id, lastReadAt: lastAt }] : []),
      ...(demo.readByClinic ? [{ userId: (await db.user.findUniqueOrThrow({ where: { email: demo.readByClinic }, select: { id: true } })).id, lastReadAt: lastAt }] : []),
    ];
    await db.conversation.create({
      data: {
        patientId: patient.id,
        clinicId,
        topic: exercise ? "EXERCISE" : "GENERAL",
        exerciseId: exercise?.exerciseId ?? null,
        createdById: patient.id,
        lastAuthorId: authors.get(last.from)!,
        lastMessageAt: lastAt,
        lastMessageByPatient: last.from === "patient",
        createdAt: hoursBefore(now, demo.messages[0]!.hoursAgo),
        messages: {
          create: demo.messages.map((message, index) => ({
            authorId: authors.get(message.from)!,
            body: message.body,
            createdAt: hoursBefore(now, message.hoursAgo),
            // Demo rows, not submissions: a fixed key per message keeps the unique (author, request) pair.
            requestId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
          })),
        },
        reads: { create: readers },
      },
    });
  }
  if ((await db.replyTemplate.count({ where: { clinicId } })) === 0) {
    const lee = await db.user.findFirst({ where: { clinicId, role: "CLINICIAN" }, orderBy: { email: "asc" }, select: { id: true } });
    if (lee) await db.replyTemplate.createMany({ data: DEMO_REPLIES.map((reply) => ({ ...reply, clinicId, createdById: lee.id })) });
  }
}
