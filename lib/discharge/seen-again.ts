import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZSeenAgainInput, type TSeenAgainInput } from "./discharge-input";

/*
 * After discharge the patient can ask to be seen again: a request stored for
 * the clinic and shown on the patient's page until a clinician marks it
 * handled (messaging comes later). A clinician then starts a new episode.
 */

export interface TSeenAgainView {
  id: string;
  note: string | null;
  createdAt: Date;
  handledAt: Date | null;
}

const SELECT = { id: true, note: true, createdAt: true, handledAt: true, patientId: true } as const;

/** The patient asks; only after a discharge, and one open request at a time (asking again while one is open returns it). Idempotent on requestId. */
export async function requestSeenAgain(db: TDatabase, viewer: TViewer, patientId: string, input: TSeenAgainInput): Promise<TSeenAgainView> {
  requireRole(viewer, "PATIENT");
  const { note, requestId } = parseDomainInput(ZSeenAgainInput, input);
  await requirePatientAccess(db, viewer, patientId, "patient.seen-again.request");
  const stored = await db.seenAgainRequest.findUnique({ where: { requestId }, select: SELECT });
  if (stored) return owned(stored, patientId);
  const discharge = await db.discharge.findFirst({ where: { patientId }, orderBy: { dischargedAt: "desc" }, select: { episodeId: true } });
  if (!discharge) throw new InvalidInputError({ note: ["You can ask this after your clinician has discharged you."] }, 409);
  const open = await db.seenAgainRequest.findFirst({ where: { patientId, handledAt: null }, select: SELECT });
  if (open) return owned(open, patientId);
  try {
    return owned(await db.seenAgainRequest.create({ data: { patientId, episodeId: discharge.episodeId, note, requestId }, select: SELECT }), patientId);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return owned(await db.seenAgainRequest.findUniqueOrThrow({ where: { requestId }, select: SELECT }), patientId);
  }
}

function owned(row: TSeenAgainView & { patientId: string }, patientId: string): TSeenAgainView {
  if (row.patientId !== patientId) throw new InvalidInputError({ requestId: ["This request was already sent once. Reload the page and try again."] }, 409);
  const { patientId: _owner, ...view } = row;
  void _owner;
  return view;
}

/** The patient's requests, newest first (the patient's own, or a clinician of the clinic, audited). */
export async function listSeenAgainRequests(db: TDatabase, viewer: TViewer, patientId: string): Promise<TSeenAgainView[]> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.questionnaires.view");
  return db.seenAgainRequest.findMany({ where: { patientId }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, note: true, createdAt: true, handledAt: true } });
}

/** A clinician marks a request handled (again: no change). */
export async function markSeenAgainHandled(db: TDatabase, viewer: TViewer, patientId: string, requestRowId: string, now: Date = new Date()): Promise<TSeenAgainView> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.seen-again.handle");
  const row = await db.seenAgainRequest.findFirst({ where: { id: requestRowId, patientId }, select: { id: true } });
  if (!row) throw new NotFoundError();
  await db.seenAgainRequest.updateMany({ where: { id: requestRowId, handledAt: null }, data: { handledAt: now, handledById: viewer.userId } });
  return db.seenAgainRequest.findUniqueOrThrow({ where: { id: requestRowId }, select: { id: true, note: true, createdAt: true, handledAt: true } });
}

export function seenAgainToJson(view: TSeenAgainView) {
  return { ...view, createdAt: view.createdAt.toISOString(), handledAt: view.handledAt?.toISOString() ?? null };
}
