import type { z } from "zod";
import { conversationScope, conversationScopeSql, requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { Prisma } from "../db/generated/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { mediumDate, mediumDateOfInstant } from "../dates/format-date";
import { InvalidInputError, NotFoundError, TryLaterError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { findEmergencySigns } from "./emergency-words";
import { ZConversationListQuery, ZSendMessage, ZStartConversation, ZUpdateConversation, type TConversationTopic } from "./message-input";
import { publishConversationEvent } from "./message-events";
import { notifyNewMessage } from "../reminders/notify-new-message";

/** Sending limit per person (issue 18: "e.g. 30 a minute"): enough for a quick exchange, too few for a script flooding a clinic. */
export const MESSAGES_PER_MINUTE = 30;
/** A patient's message unanswered this long shows under "Unanswered" (issue 18). */
export const UNANSWERED_AFTER_HOURS = 24;
const INBOX_PAGE_SIZE = 25;

type TPerson = { id: string; name: string; role: "PATIENT" | "CLINICIAN" | "ADMIN" };

export interface TConversationSummary {
  id: string;
  patientId: string;
  patientName: string;
  topic: TConversationTopic;
  about: string;
  status: "OPEN" | "CLOSED";
  assignedTo: TPerson | null;
  emergencyFlagged: boolean;
  lastMessageAt: Date;
  awaitingClinic: boolean;
  unread: boolean;
}

export interface TMessageView {
  id: string;
  body: string;
  createdAt: Date;
  author: TPerson;
  fromViewer: boolean;
  seenBy: { name: string; at: Date }[];
}

const SUMMARY_SELECT = {
  id: true,
  patientId: true,
  topic: true,
  status: true,
  emergencyFlaggedAt: true,
  lastMessageAt: true,
  lastMessageByPatient: true,
  lastAuthorId: true,
  patient: { select: { timeZone: true, user: { select: { name: true } } } },
  assignedTo: { select: { id: true, name: true, role: true } },
  checkIn: { select: { date: true } },
  alert: { select: { raisedAt: true } },
  exercise: { select: { name: true } },
} satisfies Prisma.ConversationSelect;

type TSummaryRow = Prisma.ConversationGetPayload<{ select: typeof SUMMARY_SELECT }>;

/** What a conversation is about, in words, linking back to where it started. */
function aboutOf(row: TSummaryRow): string {
  switch (row.topic) {
    case "CHECK_IN":
      return row.checkIn ? `Check-in of ${mediumDate(row.checkIn.date.toISOString().slice(0, 10))}` : "A check-in";
    case "ALERT":
      return row.alert ? `Red-flag answer of ${mediumDateOfInstant(row.alert.raisedAt, row.patient.timeZone)}` : "A red-flag answer";
    case "EXERCISE":
      return row.exercise ? `Exercise: ${row.exercise.name}` : "An exercise";
    default:
      return "General question";
  }
}

function toSummary(row: TSummaryRow, viewer: TViewer, readAt: Date | null): TConversationSummary {
  return {
    id: row.id,
    patientId: row.patientId,
    patientName: row.patient.user.name,
    topic: row.topic,
    about: aboutOf(row),
    status: row.status,
    assignedTo: row.assignedTo,
    emergencyFlagged: row.emergencyFlaggedAt !== null,
    lastMessageAt: row.lastMessageAt,
    awaitingClinic: row.status === "OPEN" && row.lastMessageByPatient,
    unread: row.lastAuthorId !== viewer.userId && (readAt === null || readAt < row.lastMessageAt),
  };
}

/**
 * The conversation if the viewer may see it, else NotFoundError (the same for
 * one that does not exist). A clinician's read goes through the patient access
 * check, so it is audited like any read of the record.
 */
async function findVisibleConversation(db: TDatabase, viewer: TViewer, conversationId: string) {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const row = await db.conversation.findFirst({ where: { AND: [{ id: conversationId }, conversationScope(viewer)] }, select: { id: true, patientId: true } });
  if (!row) throw new NotFoundError();
  return row;
}

/** Whether the viewer may open this conversation (pages answer 404 otherwise); the API's read is the audited one. */
export async function canOpenConversation(db: TDatabase, viewer: TViewer, conversationId: string): Promise<boolean> {
  if (viewer.role !== "PATIENT" && viewer.role !== "CLINICIAN") return false;
  return (await db.conversation.count({ where: { AND: [{ id: conversationId }, conversationScope(viewer)] } })) > 0;
}

async function summaryFor(db: TDatabase, viewer: TViewer, conversationId: string): Promise<TConversationSummary> {
  const [row, read] = await Promise.all([
    db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: SUMMARY_SELECT }),
    db.conversationRead.findUnique({ where: { conversationId_userId: { conversationId, userId: viewer.userId } }, select: { lastReadAt: true } }),
  ]);
  return toSummary(row, viewer, read?.lastReadAt ?? null);
}

/** A send already stored under this request id (a retry): answered as it was, nothing stored twice. */
async function findSent(db: TDatabase, authorId: string, requestId: string) {
  return db.message.findUnique({ where: { authorId_requestId: { authorId, requestId } }, select: { id: true, conversationId: true, body: true } });
}

async function refuseIfTooMany(db: TDatabase, authorId: string): Promise<void> {
  const since = new Date(Date.now() - 60_000);
  const recent = await db.message.count({ where: { authorId, createdAt: { gt: since } } });
  if (recent >= MESSAGES_PER_MINUTE) throw new TryLaterError(`You can send up to ${MESSAGES_PER_MINUTE} messages a minute. Please wait a moment and send again.`, 60);
}

/** The topic's link must be the patient's own check-in, alert or plan exercise. */
async function checkTopicLink(db: TDatabase, patientId: string, input: z.output<typeof ZStartConversation>): Promise<Prisma.ConversationUncheckedCreateInput["topic"]> {
  if (input.topic === "CHECK_IN" && input.checkInId) {
    if ((await db.checkIn.count({ where: { id: input.checkInId, patientId } })) === 0) throw new InvalidInputError({ checkInId: ["That check-in is not one of this patient's."] });
  }
  if (input.topic === "ALERT" && input.alertId) {
    if ((await db.redFlagAlert.count({ where: { id: input.alertId, patientId } })) === 0) throw new InvalidInputError({ alertId: ["That alert is not one of this patient's."] });
  }
  if (input.topic === "EXERCISE" && input.exerciseId) {
    const inPlan = await db.exercisePlanItem.count({ where: { exerciseId: input.exerciseId, version: { plan: { patientId } } } });
    if (inPlan === 0) throw new InvalidInputError({ exerciseId: ["That exercise is not in this patient's plan."] });
  }
  return input.topic;
}

/**
 * Starts a conversation with its first message. A patient writes to their
 * clinic; a clinician to a patient of their clinic. A patient's words that may
 * describe an emergency sign flag the conversation (and the answer lists the
 * signs so the page keeps showing the emergency advice).
 */
export async function startConversation(
  db: TDatabase,
  viewer: TViewer,
  rawInput: z.input<typeof ZStartConversation>,
): Promise<{ conversationId: string; messageId: string; emergencySigns: string[] }> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const input = parseDomainInput(ZStartConversation, rawInput);
  const patientId = input.patientId ?? (viewer.role === "PATIENT" ? viewer.userId : undefined);
  if (!patientId) throw new InvalidInputError({ patientId: ["Choose the patient to write to."] });
  await requirePatientAccess(db, viewer, patientId, "patient.messages.send");

  const emergencySigns = viewer.role === "PATIENT" ? findEmergencySigns(input.body) : [];
  const earlier = await findSent(db, viewer.userId, input.requestId);
  if (earlier) return { conversationId: earlier.conversationId, messageId: earlier.id, emergencySigns };
  await refuseIfTooMany(db, viewer.userId);
  const topic = await checkTopicLink(db, patientId, input);
  const patient = await db.user.findUniqueOrThrow({ where: { id: patientId }, select: { clinicId: true } });

  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const conversation = await tx.conversation.create({
        data: {
          patientId,
          clinicId: patient.clinicId,
          topic,
          checkInId: topic === "CHECK_IN" ? input.checkInId : null,
          alertId: topic === "ALERT" ? input.alertId : null,
          exerciseId: topic === "EXERCISE" ? input.exerciseId : null,
          createdById: viewer.userId,
          lastAuthorId: viewer.userId,
          lastMessageAt: now,
          lastMessageByPatient: viewer.role === "PATIENT",
          emergencyFlaggedAt: emergencySigns.length > 0 ? now : null,
        },
        select: { id: true },
      });
      const message = await tx.message.create({
        data: { conversationId: conversation.id, authorId: viewer.userId, body: input.body, requestId: input.requestId, createdAt: now },
        select: { id: true },
      });
      await tx.conversationRead.create({ data: { conversationId: conversation.id, userId: viewer.userId, lastReadAt: now } });
      await notifyNewMessage(tx, { conversationId: conversation.id, messageId: message.id, patientId, fromPatient: viewer.role === "PATIENT", assignedToId: null });
      await publishConversationEvent(tx, { conversationId: conversation.id, patientId, clinicId: patient.clinicId });
      return { conversationId: conversation.id, messageId: message.id, emergencySigns };
    });
  } catch (error) {
    // Two copies of one request raced: the other stored it; answer with that one.
    if (!isUniqueViolation(error)) throw error;
    const stored = await findSent(db, viewer.userId, input.requestId);
    if (!stored) throw error;
    return { conversationId: stored.conversationId, messageId: stored.id, emergencySigns };
  }
}

/** Adds a message to a conversation (reopening a closed one). Idempotent by request id. */
export async function sendMessage(
  db: TDatabase,
  viewer: TViewer,
  conversationId: string,
  rawInput: z.input<typeof ZSendMessage>,
): Promise<{ messageId: string; emergencySigns: string[] }> {
  const input = parseDomainInput(ZSendMessage, rawInput);
  const conversation = await findVisibleConversation(db, viewer, conversationId);
  await requirePatientAccess(db, viewer, conversation.patientId, "patient.messages.send");
  const emergencySigns = viewer.role === "PATIENT" ? findEmergencySigns(input.body) : [];
  const earlier = await findSent(db, viewer.userId, input.requestId);
  if (earlier) {
    if (earlier.conversationId !== conversationId) throw new InvalidInputError({ requestId: ["This request key was already used for another message."] }, 409);
    return { messageId: earlier.id, emergencySigns };
  }
  await refuseIfTooMany(db, viewer.userId);

  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const message = await tx.message.create({
        data: { conversationId, authorId: viewer.userId, body: input.body, requestId: input.requestId, createdAt: now },
        select: { id: true },
      });
      const updated = await tx.conversation.update({
        where: { id: conversationId },
        data: {
          status: "OPEN",
          lastAuthorId: viewer.userId,
          lastMessageAt: now,
          lastMessageByPatient: viewer.role === "PATIENT",
          ...(emergencySigns.length > 0 ? { emergencyFlaggedAt: now } : {}),
        },
        select: { patientId: true, clinicId: true, assignedToId: true },
      });
      await tx.conversationRead.upsert({
        where: { conversationId_userId: { conversationId, userId: viewer.userId } },
        create: { conversationId, userId: viewer.userId, lastReadAt: now },
        update: { lastReadAt: now },
      });
      await notifyNewMessage(tx, { conversationId, messageId: message.id, patientId: updated.patientId, fromPatient: viewer.role === "PATIENT", assignedToId: updated.assignedToId });
      await publishConversationEvent(tx, { conversationId, patientId: updated.patientId, clinicId: updated.clinicId });
      return { messageId: message.id, emergencySigns };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await findSent(db, viewer.userId, input.requestId);
    if (!stored) throw error;
    return { messageId: stored.id, emergencySigns };
  }
}

/**
 * One conversation with its messages, oldest first, and read receipts: under
 * each message, the people on the other side who have read that far.
 */
export async function getConversation(
  db: TDatabase,
  viewer: TViewer,
  conversationId: string,
): Promise<{ conversation: TConversationSummary; messages: TMessageView[]; canReply: boolean }> {
  const visible = await findVisibleConversation(db, viewer, conversationId);
  await requirePatientAccess(db, viewer, visible.patientId, "patient.messages.view");
  const [summary, messages, reads] = await Promise.all([
    summaryFor(db, viewer, conversationId),
    db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
    }),
    db.conversationRead.findMany({ where: { conversationId }, select: { lastReadAt: true, user: { select: { id: true, name: true, role: true } } } }),
  ]);
  const isPatientSide = (role: TPerson["role"]) => role === "PATIENT";
  return {
    conversation: summary,
    canReply: true,
    messages: messages.map((message) => ({
      ...message,
      fromViewer: message.author.id === viewer.userId,
      seenBy: reads
        .filter((read) => isPatientSide(read.user.role) !== isPatientSide(message.author.role) && read.lastReadAt >= message.createdAt)
        .map((read) => ({ name: read.user.name, at: read.lastReadAt })),
    })),
  };
}

/** Marks the conversation read up to now for the viewer; the other side's receipts update live. */
export async function markConversationRead(db: TDatabase, viewer: TViewer, conversationId: string): Promise<{ readAt: Date }> {
  await findVisibleConversation(db, viewer, conversationId);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const read = await tx.conversationRead.upsert({
      where: { conversationId_userId: { conversationId, userId: viewer.userId } },
      create: { conversationId, userId: viewer.userId, lastReadAt: now },
      update: { lastReadAt: now },
      select: { lastReadAt: true, conversation: { select: { patientId: true, clinicId: true } } },
    });
    await publishConversationEvent(tx, { conversationId, patientId: read.conversation.patientId, clinicId: read.conversation.clinicId });
    return { readAt: read.lastReadAt };
  });
}

/** Close, reopen or assign (to a clinician of the clinic, or nobody). */
export async function updateConversation(db: TDatabase, viewer: TViewer, conversationId: string, rawInput: z.input<typeof ZUpdateConversation>): Promise<TConversationSummary> {
  requireRole(viewer, "CLINICIAN");
  const input = parseDomainInput(ZUpdateConversation, rawInput);
  const conversation = await findVisibleConversation(db, viewer, conversationId);
  await requirePatientAccess(db, viewer, conversation.patientId, "patient.messages.update");
  if (input.assignedToId) {
    const clinician = await db.user.count({ where: { id: input.assignedToId, clinicId: viewer.clinicId, role: "CLINICIAN", active: true } });
    if (clinician === 0) throw new InvalidInputError({ assignedToId: ["Choose a clinician of this clinic."] });
  }
  await db.$transaction(async (tx) => {
    const updated = await tx.conversation.update({
      where: { id: conversationId },
      data: { ...(input.status ? { status: input.status } : {}), ...(input.assignedToId !== undefined ? { assignedToId: input.assignedToId } : {}) },
      select: { patientId: true, clinicId: true },
    });
    await publishConversationEvent(tx, { conversationId, ...updated });
  });
  return summaryFor(db, viewer, conversationId);
}

const UNREAD_SQL = (viewer: TViewer) =>
  Prisma.sql`(c."lastAuthorId" <> ${viewer.userId} AND (r."lastReadAt" IS NULL OR r."lastReadAt" < c."lastMessageAt"))`;

/**
 * A patient's conversations, or the clinic's inbox for a clinician: unread
 * first, then the most recent. A clinician's page of the inbox is recorded as
 * one audit event naming the patients it showed (like the patient list).
 */
export async function listConversations(
  db: TDatabase,
  viewer: TViewer,
  rawQuery: z.input<typeof ZConversationListQuery>,
): Promise<{ conversations: TConversationSummary[]; page: number; hasMore: boolean }> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  const query = parseDomainInput(ZConversationListQuery, rawQuery);
  const conditions: Prisma.Sql[] = [conversationScopeSql(viewer)];
  if (query.status !== "all") conditions.push(Prisma.sql`c."status" = ${query.status === "open" ? "OPEN" : "CLOSED"}::"ConversationStatus"`);
  if (query.patientId) conditions.push(Prisma.sql`c."patientId" = ${query.patientId}`);
  if (query.filter === "unanswered") {
    conditions.push(Prisma.sql`c."status" = 'OPEN' AND c."lastMessageByPatient" AND c."lastMessageAt" < now() - make_interval(hours => ${UNANSWERED_AFTER_HOURS})`);
  }
  if (query.filter === "mine") conditions.push(Prisma.sql`c."assignedToId" = ${viewer.userId}`);
  if (query.filter === "alerts") conditions.push(Prisma.sql`c."topic" = 'ALERT'`);
  if (query.filter === "emergency") conditions.push(Prisma.sql`c."emergencyFlaggedAt" IS NOT NULL`);

  const offset = (query.page - 1) * INBOX_PAGE_SIZE;
  const rows = await db.$queryRaw<{ id: string; readAt: Date | null }[]>`
    SELECT c."id", r."lastReadAt" AS "readAt"
    FROM "Conversation" c
    LEFT JOIN "ConversationRead" r ON r."conversationId" = c."id" AND r."userId" = ${viewer.userId}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${UNREAD_SQL(viewer)} DESC, c."lastMessageAt" DESC, c."id"
    LIMIT ${INBOX_PAGE_SIZE + 1} OFFSET ${offset}`;
  const pageRows = rows.slice(0, INBOX_PAGE_SIZE);
  const details = await db.conversation.findMany({ where: { id: { in: pageRows.map((row) => row.id) } }, select: SUMMARY_SELECT });
  const byId = new Map(details.map((row) => [row.id, row]));
  const conversations = pageRows.flatMap((row) => {
    const detail = byId.get(row.id);
    return detail ? [toSummary(detail, viewer, row.readAt)] : [];
  });
  // The patient's own page lists their conversations after recording one "viewed the record" event for the visit.
  const visitRecorded = query.patientId !== undefined && viewer.visitRecordedFor === query.patientId;
  if (viewer.role === "CLINICIAN" && conversations.length > 0 && !visitRecorded) {
    const patientIds = [...new Set(conversations.map((conversation) => conversation.patientId))];
    await recordAudit(db, viewer, { action: "conversations.list", subjectIds: patientIds, detail: { status: query.status, filter: query.filter, page: query.page, onePatient: Boolean(query.patientId) } });
  }
  return { conversations, page: query.page, hasMore: rows.length > INBOX_PAGE_SIZE };
}

/** How many of the viewer's conversations have a message they have not read (the navigation's badge). */
export async function countUnreadConversations(db: TDatabase, viewer: TViewer): Promise<number> {
  if (viewer.role !== "PATIENT" && viewer.role !== "CLINICIAN") return 0;
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS "count"
    FROM "Conversation" c
    LEFT JOIN "ConversationRead" r ON r."conversationId" = c."id" AND r."userId" = ${viewer.userId}
    WHERE ${conversationScopeSql(viewer)} AND ${UNREAD_SQL(viewer)}`;
  return Number(row?.count ?? 0);
}
