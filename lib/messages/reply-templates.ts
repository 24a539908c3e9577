import type { z } from "zod";
import { replyTemplateScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZReplyTemplateInput } from "./message-input";

export interface TReplyTemplate {
  id: string;
  title: string;
  body: string;
}

const SELECT = { id: true, title: true, body: true } as const;

/** The clinic's saved replies in use, by title. Clinic data, not patient data: not audited. */
export async function listReplyTemplates(db: TDatabase, viewer: TViewer): Promise<TReplyTemplate[]> {
  requireRole(viewer, "CLINICIAN");
  return db.replyTemplate.findMany({ where: { AND: [replyTemplateScope(viewer), { retiredAt: null }] }, orderBy: [{ title: "asc" }, { id: "asc" }], select: SELECT, take: 200 });
}

export async function addReplyTemplate(db: TDatabase, viewer: TViewer, rawInput: z.input<typeof ZReplyTemplateInput>): Promise<TReplyTemplate> {
  requireRole(viewer, "CLINICIAN");
  const input = parseDomainInput(ZReplyTemplateInput, rawInput);
  return db.replyTemplate.create({ data: { clinicId: viewer.clinicId, title: input.title, body: input.body, createdById: viewer.userId }, select: SELECT });
}

/** Retired, not deleted: a template's words stay explainable. Retiring twice is fine. */
export async function retireReplyTemplate(db: TDatabase, viewer: TViewer, templateId: string): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  const template = await db.replyTemplate.findFirst({ where: { AND: [{ id: templateId }, replyTemplateScope(viewer)] }, select: { id: true, retiredAt: true } });
  if (!template) throw new NotFoundError();
  if (!template.retiredAt) await db.replyTemplate.update({ where: { id: templateId }, data: { retiredAt: new Date() } });
}
