import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExerciseIllustrations } from "@/components/exercises/exercise-illustrations";
import { PrintButton } from "@/components/ui/print-button";
import { requirePageViewer } from "@/lib/auth/viewer";
import { formatAcceptablePain, formatDose } from "@/lib/content/format-dose";
import { getLibrary } from "@/lib/content/load-library";
import { renderMarkdown } from "@/lib/content/render-markdown";

function findExercise(slug: string) {
  return getLibrary().exercises.find((exercise) => exercise.slug === slug);
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: findExercise((await params).slug)?.name ?? "Exercise" };
}

const words = (values: readonly string[]) => values.map((value) => value.replace(/-/g, " ")).join(", ");

export default async function ExercisePage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageViewer();
  const exercise = findExercise((await params).slug);
  if (!exercise) notFound();
  const { html } = await renderMarkdown(exercise.body);
  const related = [
    { label: "Easier version", exercise: exercise.easier ? findExercise(exercise.easier) : undefined },
    { label: "Harder version", exercise: exercise.harder ? findExercise(exercise.harder) : undefined },
  ].filter((link) => link.exercise);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-muted">Exercise</p>
        <h1 className="text-3xl font-bold text-brand-900">{exercise.name}</h1>
      </header>
      <div className="grid gap-6 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ExerciseIllustrations startSvg={exercise.illustrationSvg} endSvg={exercise.endIllustrationSvg} className={exercise.endIllustrationSvg ? "max-w-lg" : "max-w-sm"} />
        <dl className="grid grid-cols-[max-content_1fr] content-start gap-x-4 gap-y-2">
          <dt className="font-medium">Usual amount</dt>
          <dd>{formatDose(exercise.dose)}</dd>
          <dt className="font-medium">Pain that is OK</dt>
          <dd>{formatAcceptablePain(exercise.acceptablePain)}</dd>
          <dt className="font-medium">Works on</dt>
          <dd>{words([exercise.bodyArea])}</dd>
          <dt className="font-medium">Goal</dt>
          <dd>{words(exercise.goals)}</dd>
          <dt className="font-medium">You need</dt>
          <dd>{exercise.equipment.includes("none") ? "nothing" : words(exercise.equipment)}</dd>
        </dl>
      </div>
      <p className="text-sm text-muted">Your clinician may set a different amount for you: follow your own plan.</p>
      <div className="prose-reading" dangerouslySetInnerHTML={{ __html: html }} />
      {related.length ? (
        <ul className="no-print flex flex-wrap gap-4">
          {related.map((link) => (
            <li key={link.label}>
              {link.label}:{" "}
              <Link href={`/library/exercises/${link.exercise!.slug}`} className="text-brand-800 underline">
                {link.exercise!.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <PrintButton label="Print this exercise" />
    </article>
  );
}
