import { patientScope, requirePatientAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ClinicDocumentKind } from "../db/generated/enums";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZAcceptConsentInput } from "./clinic-document-input";
import { getCurrentDocuments, type TClinicDocument } from "./clinic-documents";

export interface TConsentAcceptance {
  kind: ClinicDocumentKind;
  version: number;
  title: string;
  acceptedAt: string;
}

export interface TConsentStatus {
  /** The clinic's current documents that the patient has not accepted yet: non-empty means "ask before continuing". */
  outstanding: TClinicDocument[];
  /** The latest acceptance of each kind (of any version). */
  accepted: TConsentAcceptance[];
}

type TWriter = Prisma.TransactionClient | TDatabase;

const STALE_VERSION = "A newer version of this document has been published. Reload the page and read it before accepting.";

/** What the patient has accepted and what is still to accept. The patient themself, or a clinician of their clinic (audited as a read of the record). */
export async function getConsentStatus(db: TDatabase, viewer: TViewer, patientId: string): Promise<TConsentStatus> {
  await requirePatientAccess(db, viewer, patientId, "patient.view");
  const patient = await db.user.findUniqueOrThrow({ where: { id: patientId }, select: { clinicId: true } });
  return consentStatusOf(db, patientId, patient.clinicId);
}

async function consentStatusOf(db: TWriter, patientId: string, clinicId: string): Promise<TConsentStatus> {
  const current = await getCurrentDocuments(db, clinicId);
  const acceptances = await db.consentAcceptance.findMany({
    where: { patientId, documentVersion: { clinicId } },
    orderBy: { acceptedAt: "desc" },
    select: { acceptedAt: true, documentVersion: { select: { id: true, kind: true, version: true, title: true } } },
  });
  const acceptedIds = new Set(acceptances.map((row) => row.documentVersion.id));
  const latestByKind = new Map<ClinicDocumentKind, TConsentAcceptance>();
  for (const row of acceptances) {
    const { kind, version, title } = row.documentVersion;
    const seen = latestByKind.get(kind);
    if (!seen || seen.version < version) latestByKind.set(kind, { kind, version, title, acceptedAt: row.acceptedAt.toISOString() });
  }
  return { outstanding: current.filter((document) => !acceptedIds.has(document.id)), accepted: [...latestByKind.values()] };
}

/**
 * Records that the patient accepted these versions. Only the clinic's current
 * versions can be accepted (an old tab cannot accept text that was replaced),
 * and all outstanding ones at once; a repeated request stores nothing twice.
 */
export async function acceptConsent(db: TDatabase, viewer: TViewer, patientId: string, input: unknown, now: Date = new Date()): Promise<TConsentStatus> {
  const { documentVersionIds } = parseDomainInput(ZAcceptConsentInput, input);
  if (viewer.role !== "PATIENT" || viewer.userId !== patientId) throw new NotFoundError();
  const visible = await db.patientProfile.count({ where: { AND: [{ userId: patientId }, patientScope(viewer)] } });
  if (visible === 0) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    await recordConsent(tx, { patientId, clinicId: viewer.clinicId, documentVersionIds, now, requireAll: true });
    return consentStatusOf(tx, patientId, viewer.clinicId);
  });
}

/**
 * The shared rule for accepting at joining (inside the invitation's
 * transaction) and after a new version: every id must be a current version of
 * the patient's clinic. `requireAll` also insists that nothing current is left.
 */
export async function recordConsent(
  tx: TWriter,
  options: { patientId: string; clinicId: string; documentVersionIds: string[]; now: Date; requireAll: boolean },
): Promise<void> {
  const current = await getCurrentDocuments(tx, options.clinicId);
  const currentIds = new Set(current.map((document) => document.id));
  if (options.documentVersionIds.some((id) => !currentIds.has(id))) throw new InvalidInputError({ documentVersionIds: [STALE_VERSION] }, 409);
  if (options.requireAll) {
    const status = await consentStatusOf(tx, options.patientId, options.clinicId);
    const missing = status.outstanding.filter((document) => !options.documentVersionIds.includes(document.id));
    if (missing.length > 0) throw new InvalidInputError({ documentVersionIds: ["Accept both the privacy notice and the terms to continue."] });
  }
  await tx.consentAcceptance.createMany({
    data: options.documentVersionIds.map((documentVersionId) => ({ patientId: options.patientId, documentVersionId, acceptedAt: options.now })),
    skipDuplicates: true,
  });
}
