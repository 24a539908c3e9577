import { parseDomainInput } from "../errors/parse-input";
import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { isUniqueViolation } from "../db/is-unique-violation";
import { ZWritePlanTemplate, type TWritePlanTemplate } from "../plans/plan-input";
import type { TPlanTemplateView } from "../plans/plan-views";
import { resolvePlanItems } from "../plans/resolve-plan-items";
import { storePlanTemplate } from "./store-plan-template";

/** A clinician adds a template to their clinic. A name the clinic already uses (retired templates too) is refused with 409. */
export async function createPlanTemplate(db: TDatabase, viewer: TViewer, input: TWritePlanTemplate): Promise<TPlanTemplateView> {
  requireRole(viewer, "CLINICIAN");
  const template = parseDomainInput(ZWritePlanTemplate, input);
  const items = await resolvePlanItems(db, template.items);
  try {
    return await db.$transaction((tx) =>
      storePlanTemplate(tx, {
        clinicId: viewer.clinicId,
        createdById: viewer.userId,
        name: template.name,
        description: template.description,
        instructions: template.instructions,
        items,
        field: "name",
      }),
    );
  } catch (error) {
    // The lock in storePlanTemplate makes this unlikely; the unique index still has the last word.
    if (isUniqueViolation(error)) throw new InvalidInputError({ name: [`Your clinic already has a template called “${template.name}”. Choose another name.`] }, 409);
    throw error;
  }
}
