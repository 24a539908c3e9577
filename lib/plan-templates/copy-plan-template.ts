import { planTemplateScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZWritePlanTemplate, type TWritePlanTemplate } from "../plans/plan-input";
import { planTemplateViewSelect, toPlanTemplateView, type TPlanTemplateView } from "../plans/plan-views";
import { resolvePlanItems } from "../plans/resolve-plan-items";
import { ZDuplicatePlanTemplate, type TDuplicatePlanTemplate } from "./plan-template-input";
import { templateAsInput } from "./template-as-input";
import { storePlanTemplate } from "./store-plan-template";

const taken = (name: string) => new InvalidInputError({ name: [`Your clinic already has a template called “${name}”. Choose another name.`] }, 409);

/** A new template of the clinic with the same exercises, doses and texts as one in use, under a new name. */
export async function duplicatePlanTemplate(db: TDatabase, viewer: TViewer, templateId: string, input: TDuplicatePlanTemplate): Promise<TPlanTemplateView> {
  requireRole(viewer, "CLINICIAN");
  const { name } = parseDomainInput(ZDuplicatePlanTemplate, input);
  const source = await findInUse(db, viewer, templateId);
  const copy = templateAsInput(source);
  const items = await resolvePlanItems(db, parseDomainInput(ZWritePlanTemplate, copy).items);
  try {
    return await db.$transaction((tx) =>
      storePlanTemplate(tx, { clinicId: viewer.clinicId, createdById: viewer.userId, name, description: copy.description, instructions: copy.instructions, items, field: "name" }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(name);
    throw error;
  }
}

/**
 * Edits a template in use. Templates have no versions and plans are copies of
 * a template's items (they keep no link to it), so the edit is stored as a new
 * template and the old one is retired in the same transaction, renamed
 * "… (replaced <time>)" so the edited one may keep the name. Existing plans do
 * not change.
 */
export async function revisePlanTemplate(db: TDatabase, viewer: TViewer, templateId: string, input: TWritePlanTemplate): Promise<TPlanTemplateView> {
  requireRole(viewer, "CLINICIAN");
  const template = parseDomainInput(ZWritePlanTemplate, input);
  await findInUse(db, viewer, templateId);
  const items = await resolvePlanItems(db, template.items);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const old = await tx.planTemplate.findFirst({ where: { AND: [{ id: templateId, retiredAt: null }, planTemplateScope(viewer)] }, select: { name: true } });
      if (!old) throw new NotFoundError();
      await tx.planTemplate.update({ where: { id: templateId }, data: { retiredAt: now, name: `${old.name} (replaced ${now.toISOString()})` } });
      return storePlanTemplate(tx, {
        clinicId: viewer.clinicId,
        createdById: viewer.userId,
        name: template.name,
        description: template.description,
        instructions: template.instructions,
        items,
        field: "name",
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(template.name);
    throw error;
  }
}

async function findInUse(db: TDatabase, viewer: TViewer, templateId: string): Promise<TPlanTemplateView> {
  const row = await db.planTemplate.findFirst({ where: { AND: [{ id: templateId, retiredAt: null }, planTemplateScope(viewer)] }, select: planTemplateViewSelect });
  if (!row) throw new NotFoundError();
  return toPlanTemplateView(row);
}
