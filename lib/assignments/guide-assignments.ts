import type { z } from "zod";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { ZAssignGuides } from "./guide-assignment-input";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { notifyNewAssignment } from "../reminders/notify-new-assignment";

export interface TGuideAssignmentView {
  id: string;
  guideSlug: string;
  guideTitle: string;
  note: string | null;
  assignedAt: Date;
  assignedByName: string;
  unassignedAt: Date | null;
  firstOpenedAt: Date | null;
}

/**
 * Gives the patient guides, with an optional note. A guide the patient
 * already has is left as it is, so a retried request stores nothing twice.
 */
export async function assignGuides(db: TDatabase, viewer: TViewer, patientId: string, input: z.infer<typeof ZAssignGuides>): Promise<{ assigned: number }> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.guides.assign");
  const slugs = [...new Set(input.guides)];
  const guides = await db.guide.findMany({ where: { slug: { in: slugs }, retiredAt: null }, select: { id: true, slug: true } });
  const unknown = slugs.filter((slug) => !guides.some((guide) => guide.slug === slug));
  if (unknown.length) throw new InvalidInputError({ guides: [`No such guide: ${unknown.join(", ")}.`] });
  return db.$transaction(async (tx) => {
    const active = await tx.guideAssignment.findMany({ where: { patientId, unassignedAt: null, guideId: { in: guides.map((guide) => guide.id) } }, select: { guideId: true } });
    const toAssign = guides.filter((guide) => !active.some((assignment) => assignment.guideId === guide.id));
    await tx.guideAssignment.createMany({
      data: toAssign.map((guide) => ({ patientId, guideId: guide.id, assignedById: viewer.userId, note: input.note || null })),
    });
    if (toAssign.length) await notifyNewAssignment(tx, patientId, "guides");
    return { assigned: toAssign.length };
  });
}

/** Takes a guide back. The row stays, so the history shows it was given and when it was taken back. */
export async function unassignGuide(db: TDatabase, viewer: TViewer, patientId: string, assignmentId: string): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  await requirePatientAccess(db, viewer, patientId, "patient.guides.unassign");
  const result = await db.guideAssignment.updateMany({ where: { id: assignmentId, patientId, unassignedAt: null }, data: { unassignedAt: new Date() } });
  if (result.count === 0) throw new NotFoundError();
}

/**
 * The patient's guides. The clinician sees the whole history; the patient
 * sees what is assigned now, unread first, then newest first.
 */
export async function listGuideAssignments(db: TDatabase, viewer: TViewer, patientId: string): Promise<TGuideAssignmentView[]> {
  await requirePatientAccess(db, viewer, patientId, "patient.guides.view");
  const rows = await db.guideAssignment.findMany({
    where: { patientId, ...(viewer.role === "PATIENT" ? { unassignedAt: null } : {}) },
    orderBy: { assignedAt: "desc" },
    select: {
      id: true,
      note: true,
      assignedAt: true,
      unassignedAt: true,
      firstOpenedAt: true,
      guide: { select: { slug: true, title: true } },
      assignedBy: { select: { name: true } },
    },
  });
  const views = rows.map((row) => ({
    id: row.id,
    guideSlug: row.guide.slug,
    guideTitle: row.guide.title,
    note: row.note,
    assignedAt: row.assignedAt,
    assignedByName: row.assignedBy.name,
    unassignedAt: row.unassignedAt,
    firstOpenedAt: row.firstOpenedAt,
  }));
  return viewer.role === "PATIENT" ? [...views].sort((a, b) => Number(a.firstOpenedAt !== null) - Number(b.firstOpenedAt !== null)) : views;
}

/** A patient opened a guide: record it on their current assignment of it, for the clinician to see. */
export async function markGuideOpened(db: TDatabase, viewer: TViewer, guideSlug: string, now: Date = new Date()): Promise<void> {
  if (viewer.role !== "PATIENT") return;
  const where = { patientId: viewer.userId, unassignedAt: null, guide: { slug: guideSlug } };
  await db.guideAssignment.updateMany({ where: { ...where, firstOpenedAt: null }, data: { firstOpenedAt: now } });
  await db.guideAssignment.updateMany({ where, data: { lastOpenedAt: now } });
}
