import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";
import { planTemplateViewSelect, toPlanTemplateView, type TPlanTemplateView } from "../plans/plan-views";
import type { TResolvedPlanItem } from "../plans/resolve-plan-items";

/**
 * Stores a clinic template inside the caller's transaction: for "New
 * template" and for "save this plan as a template". Names are unique in the
 * clinic among all its templates, retired ones too (ignoring case); a taken
 * name is refused with 409 on `field`. The clinic's row is held until the
 * transaction ends, so two saves of one name cannot both pass the check.
 */
export async function storePlanTemplate(
  tx: Prisma.TransactionClient,
  template: {
    clinicId: string;
    createdById: string;
    name: string;
    description: string | null;
    instructions: string | null;
    items: TResolvedPlanItem[];
    /** The form field the name came from: "name", or "saveAsTemplate" when saving a plan. */
    field: "name" | "saveAsTemplate";
  },
): Promise<TPlanTemplateView> {
  await tx.$queryRaw`SELECT "id" FROM "Clinic" WHERE "id" = ${template.clinicId} FOR NO KEY UPDATE`;
  const taken = await tx.planTemplate.findFirst({
    where: { clinicId: template.clinicId, name: { equals: template.name, mode: "insensitive" } },
    select: { name: true, retiredAt: true },
  });
  if (taken) {
    const message = taken.retiredAt
      ? `A retired template of your clinic is already called “${taken.name}”. Choose another name.`
      : `Your clinic already has a template called “${taken.name}”. Choose another name.`;
    throw new InvalidInputError({ [template.field]: [message] }, 409);
  }
  const row = await tx.planTemplate.create({
    data: {
      clinicId: template.clinicId,
      createdById: template.createdById,
      name: template.name,
      description: template.description,
      instructions: template.instructions,
      items: { createMany: { data: template.items } },
    },
    select: planTemplateViewSelect,
  });
  return toPlanTemplateView(row);
}
