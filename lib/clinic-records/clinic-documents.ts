import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ClinicDocumentKind } from "../db/generated/enums";
import { isUniqueViolation } from "../db/is-unique-violation";
import { hashInvitationToken } from "../invitations/invitation-tokens";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZClinicDocumentInput } from "./clinic-document-input";
import { defaultDocument } from "./default-documents";

type TDocumentReader = Pick<TDatabase, "clinic" | "clinicDocumentVersion"> | Prisma.TransactionClient;

export interface TClinicDocument {
  id: string;
  kind: ClinicDocumentKind;
  version: number;
  title: string;
  body: string;
  createdAt: string;
}

const DOCUMENT_SELECT = { id: true, kind: true, version: true, title: true, body: true, createdAt: true } as const;
const KINDS = Object.values(ClinicDocumentKind);

/**
 * The clinic's current privacy notice and terms (the highest version of each).
 * A clinic that has none yet gets the built-in text as version 1, written on
 * first read: new clinics made by any path, and the demo clinics, need no
 * seeding step, and two first reads at once both land on the same row.
 */
export async function getCurrentDocuments(db: TDocumentReader, clinicId: string): Promise<TClinicDocument[]> {
  let documents = await readCurrent(db, clinicId);
  if (documents.length < KINDS.length) {
    const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId }, select: { name: true } });
    const missing = KINDS.filter((kind) => !documents.some((document) => document.kind === kind));
    await db.clinicDocumentVersion.createMany({
      data: missing.map((kind) => ({ clinicId, kind, version: 1, ...defaultDocument(kind, clinic.name) })),
      skipDuplicates: true,
    });
    documents = await readCurrent(db, clinicId);
  }
  return documents;
}

async function readCurrent(db: TDocumentReader, clinicId: string): Promise<TClinicDocument[]> {
  const rows = await db.clinicDocumentVersion.findMany({
    where: { clinicId },
    orderBy: [{ kind: "asc" }, { version: "desc" }],
    distinct: ["kind"],
    select: DOCUMENT_SELECT,
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** The admin's view: the current documents, for editing. */
export async function listClinicDocuments(db: TDatabase, viewer: TViewer): Promise<TClinicDocument[]> {
  requireRole(viewer, "ADMIN");
  return getCurrentDocuments(db, viewer.clinicId);
}

/**
 * Saves the text as the next version (never edits an old one: what a patient
 * accepted stays readable). Patients are asked to accept it at their next visit.
 */
export async function publishClinicDocument(db: TDatabase, viewer: TViewer, input: unknown): Promise<TClinicDocument> {
  requireRole(viewer, "ADMIN");
  const document = parseDomainInput(ZClinicDocumentInput, input);
  try {
    return await db.$transaction(async (tx) => {
      const current = (await getCurrentDocuments(tx, viewer.clinicId)).find((row) => row.kind === document.kind);
      const created = await tx.clinicDocumentVersion.create({
        data: { clinicId: viewer.clinicId, ...document, version: (current?.version ?? 0) + 1, createdById: viewer.userId },
        select: DOCUMENT_SELECT,
      });
      await recordAudit(tx, viewer, { action: "clinic.document.publish", detail: { kind: created.kind, version: created.version } });
      return { ...created, createdAt: created.createdAt.toISOString() };
    });
  } catch (error) {
    // Two admins saving at the same moment: the second is told instead of silently numbered past the first.
    if (isUniqueViolation(error)) throw new InvalidInputError({ body: ["Someone saved a new version a moment ago. Reload to see it, then save again."] }, 409);
    throw error;
  }
}

/** The documents a patient accepts on the invitation page (none for staff, or a link that does not work). */
export async function getDocumentsForInvitation(db: TDatabase, token: string): Promise<TClinicDocument[]> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return [];
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: { user: { select: { clinicId: true, role: true } } } });
  if (invitation?.user.role !== "PATIENT") return [];
  return getCurrentDocuments(db, invitation.user.clinicId);
}
