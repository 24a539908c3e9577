import { planTemplateScope, requireRole } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import type { Database } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";

/**
 * Takes a template out of use. The row stays (its name stays taken), and
 * plans made from it are copies, so they do not change.
 */
export async function retirePlanTemplate(db: Database, viewer: Viewer, templateId: string): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  const result = await db.planTemplate.updateMany({
    where: { AND: [{ id: templateId, retiredAt: null }, planTemplateScope(viewer)] },
    data: { retiredAt: new Date() },
  });
  if (result.count === 0) throw new NotFoundError();
}
