import { patientScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZBulkAssign, ZBulkAssignPreview, type TBulkAssignInput, type TBulkAssignPreviewInput } from "./bulk-assign-input";

export type TBulkAssignRow = { patientId: string; name: string; outcome: "gets it" | "already has it" };
export type TBulkAssignResult = { guide: { slug: string; title: string }; rows: TBulkAssignRow[]; assigned: number };

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** Who would get the guide and who already has it, in the order chosen. Nothing is stored or audited: no patient data beyond names is read. */
export async function previewBulkAssignGuide(db: TDatabase, viewer: TViewer, input: TBulkAssignPreviewInput): Promise<TBulkAssignResult> {
  requireRole(viewer, "CLINICIAN");
  const request = parseDomainInput(ZBulkAssignPreview, input);
  return plan(db, viewer, request.patientIds, request.guideSlug);
}

/**
 * The guide to every chosen patient who does not have it yet, in one
 * transaction: any patient outside the clinician's clinic (or unknown) refuses
 * the whole request, naming none of them. Each patient's assignment is audited
 * as a single assignment would be. A retry with the same request key returns
 * the first answer and stores nothing.
 */
export async function bulkAssignGuide(db: TDatabase, viewer: TViewer, input: TBulkAssignInput): Promise<TBulkAssignResult> {
  requireRole(viewer, "CLINICIAN");
  const request = parseDomainInput(ZBulkAssign, input);
  const saved = await replay(db, viewer, request.requestId);
  if (saved) return saved;
  try {
    return await db.$transaction(async (tx) => {
      const result = await plan(tx, viewer, request.patientIds, request.guideSlug);
      const guide = await tx.guide.findUniqueOrThrow({ where: { slug: request.guideSlug }, select: { id: true } });
      const receivers = result.rows.filter((row) => row.outcome === "gets it").map((row) => row.patientId);
      await tx.guideAssignment.createMany({ data: receivers.map((patientId) => ({ patientId, guideId: guide.id, assignedById: viewer.userId, note: request.note || null })) });
      for (const patientId of receivers) await recordAudit(tx, viewer, { action: "patient.guides.assign", patientId });
      await tx.bulkAssignment.create({
        data: { requestId: request.requestId, clinicId: viewer.clinicId, createdById: viewer.userId, guideSlug: request.guideSlug, patientIds: result.rows.map((row) => row.patientId), assignedIds: receivers },
      });
      return result;
    }, TRANSACTION);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await replay(db, viewer, request.requestId);
    if (first) return first;
    throw error;
  }
}

async function plan(db: Prisma.TransactionClient, viewer: TViewer, patientIds: readonly string[], guideSlug: string): Promise<TBulkAssignResult> {
  const guide = await db.guide.findFirst({ where: { slug: guideSlug, retiredAt: null }, select: { id: true, slug: true, title: true } });
  if (!guide) throw new InvalidInputError({ guideSlug: [`No such guide: ${guideSlug}.`] });
  const ids = [...new Set(patientIds)];
  const patients = await db.patientProfile.findMany({
    where: { AND: [{ userId: { in: ids } }, patientScope(viewer)] },
    select: { userId: true, user: { select: { name: true } }, guideAssignments: { where: { guideId: guide.id, unassignedAt: null }, select: { id: true } } },
  });
  if (patients.length !== ids.length) {
    throw new InvalidInputError({ patientIds: [`${ids.length - patients.length} of the chosen patients were not found. Reload the list and choose again.`] });
  }
  const byId = new Map(patients.map((patient) => [patient.userId, patient]));
  const rows = ids.map((id): TBulkAssignRow => {
    const patient = byId.get(id)!;
    return { patientId: id, name: patient.user.name, outcome: patient.guideAssignments.length ? "already has it" : "gets it" };
  });
  return { guide: { slug: guide.slug, title: guide.title }, rows, assigned: rows.filter((row) => row.outcome === "gets it").length };
}

async function replay(db: TDatabase, viewer: TViewer, requestId: string): Promise<TBulkAssignResult | null> {
  const row = await db.bulkAssignment.findUnique({ where: { requestId } });
  if (!row) return null;
  if (row.clinicId !== viewer.clinicId || row.createdById !== viewer.userId) throw new InvalidInputError({ requestId: ["This request key was already used."] }, 409);
  const [guide, users] = await Promise.all([
    db.guide.findUniqueOrThrow({ where: { slug: row.guideSlug }, select: { slug: true, title: true } }),
    db.user.findMany({ where: { id: { in: row.patientIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const assigned = new Set(row.assignedIds);
  return {
    guide,
    rows: row.patientIds.map((id) => ({ patientId: id, name: names.get(id) ?? "A former patient", outcome: assigned.has(id) ? "gets it" : "already has it" })),
    assigned: assigned.size,
  };
}
