import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getLibrary } from "@/lib/content/load-library";
import { renderMarkdown, sectionOf } from "@/lib/content/render-markdown";
import { getDb } from "@/lib/db/client";
import { formatPlanDose, formatPlanWeeks } from "@/lib/plans/format-plan-item";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";

export const metadata: Metadata = { title: "My exercise handout" };

/**
 * The current plan as a handout to print or save as PDF: each exercise with
 * its picture, the prescribed dose, the steps and when to stop, kept whole
 * on a page (two to a page where they fit).
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
          const stop = exercise ? sectionOf(exercise.body, "Stop and call your clinic if") : null;
          return {
            item,
            illustrationSvg: exercise?.illustrationSvg ?? null,
            stepsHtml: steps ? (await renderMarkdown(steps)).html : null,
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
            {items.map(({ item, illustrationSvg, stepsHtml, stopHtml }) => {
              const weeks = formatPlanWeeks(item.fromWeek, item.toWeek);
              return (
                <li key={item.id} className="handout-item grid gap-4 rounded-lg border border-brand-100 p-4 sm:grid-cols-[10rem_1fr]">
                  {illustrationSvg ? (
                    // Our own SVG, checked when the library loads (no scripts, links or event handlers).
                    <div className="w-40 text-brand-900" aria-hidden="true" dangerouslySetInnerHTML={{ __html: illustrationSvg }} />
                  ) : (
                    <div aria-hidden="true" />
                  )}
                  <div className="space-y-2">
                    <h2 className="text-xl font-bold text-brand-900">{item.exerciseName}</h2>
                    <p className="font-semibold">{formatPlanDose(item)}</p>
                    {weeks ? <p className="text-sm">{weeks}</p> : null}
                    {item.instructions ? <p>{item.instructions}</p> : null}
                    {stepsHtml ? (
                      <div className="prose-reading">
                        <h3 className="font-semibold">Steps</h3>
                        <div dangerouslySetInnerHTML={{ __html: stepsHtml }} />
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
