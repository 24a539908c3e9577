import Link from "next/link";
import { mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TOpenReviewRow } from "@/lib/questionnaires/plan-review";

const REASON_WORDS = { CHRONICITY_RISK: "not improving by 6 weeks", WORSE_THAN_FIRST_WEEK: "worse than the first week" } as const;

/** The clinic's open "review this plan" tasks, above the patient list. */
export function OpenPlanReviews({ reviews }: { reviews: TOpenReviewRow[] }) {
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="plan-reviews-heading" className="space-y-2 rounded-lg border-2 border-alert-700 p-4">
      <h2 id="plan-reviews-heading" className="text-lg font-bold text-alert-700">
        Plans to review ({reviews.length})
      </h2>
      <ul className="space-y-1">
        {reviews.map((review) => (
          <li key={review.taskId}>
            <Link href={`/patients/${review.patientId}#function-heading`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              {review.patientName}
            </Link>{" "}
            — {REASON_WORDS[review.reason]}, since {mediumDateOfInstant(review.createdAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
