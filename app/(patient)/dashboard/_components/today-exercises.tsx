"use client";

// Before any zod parse in the browser: no eval probe under the CSP.
import "@/components/providers/zod-without-eval";

import Link from "next/link";
import { useState } from "react";
import { RatingScale } from "@/components/checkins/rating-scale";
import { FormAlert } from "@/components/forms/form-alert";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { formatAcceptablePain } from "@/lib/content/format-dose";
import { saveExerciseLogEndpoint, undoExerciseLogEndpoint } from "@/lib/exercise-log/exercise-log-endpoints";
import { formatPlanDose } from "@/lib/plans/format-plan-item";
import type { TExerciseFacts, TPlanDose } from "@/lib/plans/plan-views";

type TLog = { outcome: "DONE" | "SKIPPED"; painDuring: number | null; feel: "TOO_EASY" | "ABOUT_RIGHT" | "TOO_HARD" | null; skipReason: "TOO_PAINFUL" | "NO_TIME" | "OTHER" | null };
type TTodayItem = TPlanDose & TExerciseFacts & { planItemId: string; exerciseSlug: string; exerciseName: string; instructions: string | null; log: TLog | null };
export type TToday = { date: string; planTitle: string | null; planWeek: number; items: TTodayItem[]; streak: number };

const FEELS = [
  { value: "TOO_EASY", label: "Too easy" },
  { value: "ABOUT_RIGHT", label: "About right" },
  { value: "TOO_HARD", label: "Too hard" },
] as const;
const SKIP_REASONS = [
  { value: "TOO_PAINFUL", label: "Too painful" },
  { value: "NO_TIME", label: "No time" },
  { value: "OTHER", label: "Other reason" },
] as const;
const BIG = "inline-flex min-h-12 items-center justify-center rounded-md px-4 text-base font-semibold";
const PRIMARY = `${BIG} bg-brand-700 text-white hover:bg-brand-800`;
const SECONDARY = `${BIG} border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50`;

/**
 * Today's exercises with one tap to mark each done or skipped. The mark shows
 * at once and is rolled back, with a message, if it cannot be saved; saving
 * the same exercise and day again replaces the mark, so a retry is harmless.
 */
export function TodayExercises({ patientId, initial, thumbnails = {} }: { patientId: string; initial: TToday; thumbnails?: Record<string, string> }) {
  const [data, setData] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);

  const showLog = (planItemId: string, log: TLog | null) =>
    setData((today) => ({ ...today, items: today.items.map((item) => (item.planItemId === planItemId ? { ...item, log } : item)) }));

  /*
   * Plain state rather than react-query: the dashboard is the page patients
   * open most, and this keeps react-query's client out of its JavaScript. The
   * server's answer holds nothing beyond the mark sent and the streak, so a
   * saved mark needs no re-read.
   */
  async function save(planItemId: string, log: TLog | null) {
    const before = data.items.find((item) => item.planItemId === planItemId)?.log ?? null;
    showLog(planItemId, log);
    setProblem(null);
    try {
      const { streak } = log
        ? await callApi(saveExerciseLogEndpoint, { params: { patientId }, body: { planItemId, date: data.date, ...log } })
        : await callApi(undoExerciseLogEndpoint, { params: { patientId }, body: { planItemId, date: data.date } });
      setData((today) => ({ ...today, streak }));
    } catch (error) {
      showLog(planItemId, before);
      const failure = error as ApiClientError;
      setProblem(failure.status === 0 ? "No connection right now, so that was not saved. Try again when you are back online." : failure.message);
    }
  }

  if (!data.planTitle) return <p>Your clinician has not given you an exercise plan yet.</p>;
  if (data.items.length === 0) return <p>No exercises today. Rest, and keep moving gently.</p>;
  const doneCount = data.items.filter((item) => item.log?.outcome === "DONE").length;
  return (
    <div className="space-y-3">
      <p className="text-muted">
        {doneCount} of {data.items.length} done today
        {data.streak > 1 ? ` · ${data.streak} days in a row` : ""}
      </p>
      <FormAlert message={problem} />
      <ul className="space-y-3">
        {data.items.map((item) => (
          <li key={item.planItemId} className="space-y-2 rounded-lg border border-brand-100 p-4">
            <div className="flex items-center gap-3">
              {thumbnails[item.exerciseSlug] ? (
                // The drawing repeats the name beside it for sighted readers only; the link says it in words.
                <div
                  aria-hidden="true"
                  data-testid="exercise-thumbnail"
                  className="w-20 shrink-0 rounded border border-brand-100 bg-white p-1 text-brand-900 [&_svg]:h-auto [&_svg]:w-full"
                  dangerouslySetInnerHTML={{ __html: thumbnails[item.exerciseSlug]! }}
                />
              ) : null}
              <Link href={`/library/exercises/${item.exerciseSlug}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline">
                {item.exerciseName}
              </Link>
            </div>
            <p>{formatPlanDose(item)}</p>
            {item.acceptablePain !== null ? <p className="text-sm">{formatAcceptablePain(item.acceptablePain)}</p> : null}
            {item.instructions ? <p className="text-sm">{item.instructions}</p> : null}
            <ExerciseMark item={item} onMark={(log) => void save(item.planItemId, log)} onUndo={() => void save(item.planItemId, null)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExerciseMark({ item, onMark, onUndo }: { item: TTodayItem; onMark: (log: TLog) => void; onUndo: () => void }) {
  const [step, setStep] = useState<"idle" | "skip" | "details">("idle");
  const [pain, setPain] = useState<number | null>(item.log?.painDuring ?? null);
  const { log } = item;
  const name = item.exerciseName;

  if (log?.outcome === "DONE" && step !== "details") {
    return (
      <div className="flex flex-wrap items-center gap-2" role="status">
        <p className="font-semibold text-brand-800">
          <span aria-hidden="true">✓ </span>Done{log.feel ? ` · ${FEELS.find((feel) => feel.value === log.feel)?.label.toLowerCase()}` : ""}
          {log.painDuring !== null ? ` · pain ${log.painDuring}` : ""}
        </p>
        <button type="button" className={SECONDARY} aria-label={`Add how ${name} felt`} onClick={() => setStep("details")}>
          Add how it felt
        </button>
        <button type="button" className={`${BIG} text-brand-800 underline`} aria-label={`Undo: ${name}`} onClick={onUndo}>
          Undo
        </button>
      </div>
    );
  }
  if (log?.outcome === "SKIPPED") {
    return (
      <div className="flex flex-wrap items-center gap-2" role="status">
        <p className="font-semibold">Skipped{log.skipReason ? ` · ${SKIP_REASONS.find((reason) => reason.value === log.skipReason)?.label.toLowerCase()}` : ""}</p>
        <button type="button" className={`${BIG} text-brand-800 underline`} aria-label={`Undo: ${name}`} onClick={onUndo}>
          Undo
        </button>
      </div>
    );
  }
  if (step === "skip") {
    return (
      <fieldset className="space-y-2">
        <legend className="font-semibold">Why skip {name} today? (optional)</legend>
        <div className="flex flex-wrap gap-2">
          {SKIP_REASONS.map((reason) => (
            <button key={reason.value} type="button" className={SECONDARY} onClick={() => onMark({ outcome: "SKIPPED", skipReason: reason.value, painDuring: null, feel: null })}>
              {reason.label}
            </button>
          ))}
          <button type="button" className={SECONDARY} onClick={() => onMark({ outcome: "SKIPPED", skipReason: null, painDuring: null, feel: null })}>
            Just skip
          </button>
          <button type="button" className={`${BIG} text-brand-800 underline`} onClick={() => setStep("idle")}>
            Cancel
          </button>
        </div>
      </fieldset>
    );
  }
  if (step === "details") {
    return (
      <div className="space-y-3">
        <RatingScale legend={`Pain during ${name} (optional)`} name={`pain-${item.planItemId}`} value={pain} onChange={setPain} lowLabel="no pain" highLabel="worst pain imaginable" />
        <fieldset className="space-y-2">
          <legend className="font-semibold">How did it feel?</legend>
          <div className="flex flex-wrap gap-2">
            {FEELS.map((feel) => (
              <button
                key={feel.value}
                type="button"
                className={SECONDARY}
                onClick={() => {
                  onMark({ outcome: "DONE", painDuring: pain, feel: feel.value, skipReason: null });
                  setStep("idle");
                }}
              >
                {feel.label}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={PRIMARY} aria-label={`Done: ${name}`} onClick={() => onMark({ outcome: "DONE", painDuring: null, feel: null, skipReason: null })}>
        Done
      </button>
      <button type="button" className={SECONDARY} aria-label={`Skip: ${name}`} onClick={() => setStep("skip")}>
        Skip
      </button>
    </div>
  );
}
