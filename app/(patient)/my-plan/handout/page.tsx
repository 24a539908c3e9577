import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseIllustrations } from "@/components/exercises/exercise-illustrations";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { formatAcceptablePain } from "@/lib/content/format-dose";
import { getLibrary } from "@/lib/content/load-library";
import { renderMarkdown, sectionOf } from "@/lib/content/render-markdown";
import { getDb } from "@/lib/db/client";
import { formatPlanDose, formatPlanWeeks } from "@/lib/plans/format-plan-item";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";

export const metadata: Metadata = { title: "My exercise handout" };

/**
 * The current plan as a handout to print or save as PDF: each exercise with
 * its pictures (start and end where it has both), the prescribed dose, the
 * steps, how much pain is OK and when to stop, kept whole on a page (two to a
 * page where they fit).
 */
export default async function ExerciseHandoutPage() {
  const viewer = await requirePageViewer("PATIENT");
  const { current } = await getPatientPlans(getDb(), viewer, viewer.userId);
  const library = new Map(getLibrary().exercises.map((exercise) => [exercise.slug, exercise]));
  const items = current
    ? await Promise.all(
        current.version.items.map(async (item) => {
          const exercise = library.get(item.exerciseSlug);
          const steps = exercise ? sectionOf(exercise.body, "Steps") : null;
          const pain = exercise ? sectionOf(exercise.body, "How much pain is OK") : null;
          const stop = exercise ? sectionOf(exercise.body, "Stop and call your clinic if") : null;
          return {
            item,
            illustrationSvg: exercise?.illustrationSvg ?? null,
            endIllustrationSvg: exercise?.endIllustrationSvg ?? null,
            acceptablePain: exercise?.acceptablePain ?? item.acceptablePain,
            stepsHtml: steps ? (await renderMarkdown(steps)).html : null,
            painHtml: pain ? (await renderMarkdown(pain)).html : null,
            stopHtml: stop ? (await renderMarkdown(stop)).html : null,
          };
        }),
      )
    : [];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="no-print">
        <Link href="/my-plan" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to my plan
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{current ? current.title : "My exercise handout"}</h1>
      {current ? (
        <>
          {current.version.instructions ? <p className="whitespace-pre-line">{current.version.instructions}</p> : null}
          <ol className="space-y-6">
            {items.map(({ item, illustrationSvg, endIllustrationSvg, acceptablePain, stepsHtml, painHtml, stopHtml }) => {
              const weeks = formatPlanWeeks(item.fromWeek, item.toWeek);
              return (
                <li key={item.id} className={`handout-item grid gap-4 rounded-lg border border-brand-100 p-4 ${endIllustrationSvg ? "sm:grid-cols-[20rem_1fr]" : "sm:grid-cols-[10rem_1fr]"}`}>
                  {illustrationSvg ? <ExerciseIllustrations startSvg={illustrationSvg} endSvg={endIllustrationSvg} className={endIllustrationSvg ? "max-w-80" : "w-40"} /> : <div aria-hidden="true" />}
                  <div className="space-y-2">
                    <h2 className="text-xl font-bold text-brand-900">{item.exerciseName}</h2>
                    <p className="font-semibold">{formatPlanDose(item)}</p>
                    {acceptablePain !== null && !painHtml ? <p>{formatAcceptablePain(acceptablePain)}</p> : null}
                    {weeks ? <p className="text-sm">{weeks}</p> : null}
                    {item.instructions ? <p>{item.instructions}</p> : null}
                    {stepsHtml ? (
                      <div className="prose-reading">
                        <h3 className="font-semibold">Steps</h3>
                        <div dangerouslySetInnerHTML={{ __html: stepsHtml }} />
                      </div>
                    ) : null}
                    {painHtml ? (
                      <div className="prose-reading text-sm">
                        <h3 className="font-semibold">How much pain is OK</h3>
                        <div dangerouslySetInnerHTML={{ __html: painHtml }} />
                      </div>
                    ) : null}
                    {stopHtml ? (
                      <div className="prose-reading text-sm">
                        <h3 className="font-semibold">Stop and call your clinic if</h3>
                        <div dangerouslySetInnerHTML={{ __html: stopHtml }} />
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
          <PrintButton label="Print or save as PDF" />
        </>
      ) : (
        <p>Your clinician has not given you an exercise plan yet.</p>
      )}
    </div>
  );
}
