import { planTemplateScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * Takes a template out of use. The row stays (its name stays taken), and
 * plans made from it are copies, so they do not change.
 */
export async function retirePlanTemplate(db: TDatabase, viewer: TViewer, templateId: string): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  const result = await db.planTemplate.updateMany({
    where: { AND: [{ id: templateId, retiredAt: null }, planTemplateScope(viewer)] },
    data: { retiredAt: new Date() },
  });
  if (result.count === 0) throw new NotFoundError();
}
