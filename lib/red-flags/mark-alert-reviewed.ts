import { patientScope, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { ZAlertReview, type TAlertReviewInput } from "./alert-review-input";

/**
 * A clinician of the patient's clinic reviews one of the patient's red-flag
 * alerts: who, when, what was done and why are kept on the alert, which leaves
 * the open list, and the review is audited.
 *
 * Reviewing an alert that is already reviewed is refused with 409 (naming who
 * reviewed it), unless it is the same reviewer sending the same outcome and
 * note again (a retried request), which succeeds and changes nothing. A second
 * clinician's different decision must not be dropped silently, nor overwrite
 * the first. An alert that does not exist, is another patient's, or is not
 * the viewer's to see is not found.
 */
export async function markRedFlagAlertReviewed(
  db: TDatabase,
  viewer: TViewer,
  patientId: string,
  alertId: string,
  input: TAlertReviewInput,
  now: Date = new Date(),
): Promise<void> {
  requireRole(viewer, "CLINICIAN");
  const review = parseDomainInput(ZAlertReview, input);
  const note = review.note ?? null;
  await db.$transaction(async (tx) => {
    const alert = await tx.redFlagAlert.findFirst({ where: { id: alertId, patientId, patient: patientScope(viewer) }, select: { id: true } });
    if (!alert) throw new NotFoundError();
    // Of two racing reviews, the second waits for the first's row lock and then matches nothing.
    const reviewed = await tx.redFlagAlert.updateMany({
      where: { id: alert.id, reviewedAt: null },
      data: { reviewedAt: now, reviewedById: viewer.userId, reviewOutcome: review.outcome, reviewNote: note },
    });
    if (reviewed.count > 0) {
      await recordAudit(tx, viewer, { action: "patient.alert.review", patientId });
      return;
    }
    const earlier = await tx.redFlagAlert.findUniqueOrThrow({
      where: { id: alert.id },
      select: { reviewedById: true, reviewOutcome: true, reviewNote: true, reviewedBy: { select: { name: true } } },
    });
    const retried = earlier.reviewedById === viewer.userId && earlier.reviewOutcome === review.outcome && earlier.reviewNote === note;
    if (!retried) {
      const by = earlier.reviewedBy ? ` by ${earlier.reviewedBy.name}` : "";
      throw new InvalidInputError({ alertId: [`This alert was already reviewed${by}.`] }, 409);
    }
  });
}
