import Link from "next/link";
import { mediumDate, mediumDateOfInstant } from "@/lib/dates/format-date";
import type { TQuestionnairesView } from "@/lib/questionnaires/get-questionnaires";
import type { TInstrument } from "@/lib/questionnaires/instrument-schema";
import type { TPlanReviewView } from "@/lib/questionnaires/plan-review";
import { FunctionScores } from "./function-scores";
import { PlanReviewForm } from "./plan-review-form";
import { QuestionnaireIntervalForm } from "./questionnaire-interval-form";

const REASON_WORDS = { CHRONICITY_RISK: "not improving by 6 weeks (chronicity risk)", WORSE_THAN_FIRST_WEEK: "pain worse than the first week" } as const;
const DECISION_WORDS = { PLAN_CHANGED: "plan changed", REFERRAL: "referred", NO_CHANGE: "no change" } as const;

/**
 * The clinician's view of the patient's function questionnaires and plan
 * reviews: an open "review this plan" task first, then the scores beside the
 * pain trend, what is due, and how often to ask. Mounted on the patient page
 * as one section.
 */
export function ClinicianQuestionnaires({
  patientId,
  view,
  reviews,
  instruments,
  timeZone,
}: {
  patientId: string;
  view: TQuestionnairesView;
  reviews: TPlanReviewView[];
  instruments: TInstrument[];
  timeZone: string;
}) {
  const open = reviews.find((review) => review.decidedAt === null);
  const last = reviews.find((review) => review.decidedAt !== null);
  const titles = Object.fromEntries(instruments.map((instrument) => [instrument.id, instrument.shortTitle]));
  return (
    <div className="space-y-4">
      {open ? (
        <div role="group" aria-labelledby="review-task-heading" className="space-y-2 rounded-lg border-2 border-alert-700 p-4">
          <h3 id="review-task-heading" className="text-lg font-bold text-alert-700">
            Review this plan
          </h3>
          <p>
            Opened {mediumDateOfInstant(open.createdAt, timeZone)}: {REASON_WORDS[open.reason]}. The function questionnaires were sent to the patient at once.
          </p>
          <PlanReviewForm patientId={patientId} taskId={open.id} />
        </div>
      ) : null}
      {last && !open ? (
        <p className="text-sm">
          Last plan review: {DECISION_WORDS[last.decision ?? "NO_CHANGE"]}
          {last.decidedBy ? ` by ${last.decidedBy}` : ""}
          {last.decisionNote ? ` (“${last.decisionNote}”)` : ""}.
        </p>
      ) : null}
      <FunctionScores summaries={view.summaries} history={view.history} titles={titles} />
      <div className="space-y-1">
        <h3 className="font-semibold">Due now</h3>
        {view.due.length ? (
          <ul className="list-disc pl-5">
            {view.due.map((due) => (
              <li key={due.instrumentId}>
                {due.title} (since {mediumDate(due.dueSince)}, {due.reason})
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing due.</p>
        )}
      </div>
      <p className="flex flex-wrap gap-4">
        {instruments.map((instrument) => (
          <Link key={instrument.id} href={`/patients/${patientId}/questionnaires/${instrument.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Record the {instrument.shortTitle} at this visit
          </Link>
        ))}
      </p>
      <QuestionnaireIntervalForm patientId={patientId} intervalDays={view.intervalDays} />
    </div>
  );
}
