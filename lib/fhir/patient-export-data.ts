import type { Prisma } from "../db/generated/client";
import { checkInViewSelect } from "../checkins/check-in-view";
import { planItemSelect } from "../plans/plan-views";

/*
 * Everything about one patient that the FHIR export carries, in one Prisma
 * select (messages with the care team included: they are part of the record). Left out on purpose: clinicians' notes (private to the clinic's
 * staff), red-flag alert reviews (the clinic's workflow), sign-in data.
 */

const nameOnly = { select: { name: true } } as const;

export const patientExportSelect = {
  userId: true,
  dateOfBirth: true,
  preferredLanguage: true,
  timeZone: true,
  user: { select: { name: true, email: true, active: true, clinic: { select: { name: true } } } },
  episodes: {
    orderBy: [{ onsetDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, onsetDate: true, primaryCondition: true, status: true, closedAt: true, createdAt: true },
  },
  // The whole check-in: "Download my data" writes its CSV from this same read.
  checkIns: { orderBy: { date: "asc" }, select: checkInViewSelect },
  exercisePlans: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      episodeId: true,
      title: true,
      startDate: true,
      createdAt: true,
      endedAt: true,
      createdBy: nameOnly,
      versions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          effectiveFrom: true,
          instructions: true,
          createdAt: true,
          createdBy: nameOnly,
          items: { orderBy: { position: "asc" }, select: planItemSelect },
        },
      },
    },
  },
  guideAssignments: {
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      note: true,
      assignedAt: true,
      unassignedAt: true,
      firstOpenedAt: true,
      assignedBy: nameOnly,
      guide: { select: { id: true, slug: true, title: true, summary: true, retiredAt: true, updatedAt: true } },
    },
  },
  exerciseLogs: {
    orderBy: [{ date: "asc" }, { planItem: { position: "asc" } }, { id: "asc" }],
    select: { id: true, planItemId: true, date: true, outcome: true, painDuring: true, feel: true, skipReason: true, updatedAt: true },
  },
  conversations: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      topic: true,
      checkInId: true,
      exercise: { select: { name: true } },
      alert: { select: { raisedAt: true } },
      reads: { select: { lastReadAt: true, user: { select: { role: true } } } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
      },
    },
  },
  questionnaireResponses: {
    orderBy: [{ completedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, instrumentId: true, answers: true, score: true, completedOn: true, recordedById: true },
  },
} satisfies Prisma.PatientProfileSelect;

export type TPatientExport = Prisma.PatientProfileGetPayload<{ select: typeof patientExportSelect }>;
export type TExportEpisode = TPatientExport["episodes"][number];
export type TExportCheckIn = TPatientExport["checkIns"][number];
export type TExportPlan = TPatientExport["exercisePlans"][number];
export type TExportPlanVersion = TExportPlan["versions"][number];
export type TExportPlanItem = TExportPlanVersion["items"][number];
export type TExportGuideAssignment = TPatientExport["guideAssignments"][number];
export type TExportExerciseLog = TPatientExport["exerciseLogs"][number];
export type TExportConversation = TPatientExport["conversations"][number];
