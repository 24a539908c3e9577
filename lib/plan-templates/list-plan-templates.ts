import { planTemplateScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { planTemplateViewSelect, toPlanTemplateView, type TPlanTemplateView } from "../plans/plan-views";

/** The clinic's templates in use (not retired), by name, each with its exercises in order. Clinicians only. */
export async function listPlanTemplates(db: TDatabase, viewer: TViewer): Promise<TPlanTemplateView[]> {
  requireRole(viewer, "CLINICIAN");
  const rows = await db.planTemplate.findMany({
    where: { AND: [planTemplateScope(viewer), { retiredAt: null }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: planTemplateViewSelect,
  });
  return rows.map(toPlanTemplateView);
}
