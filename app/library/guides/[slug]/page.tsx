import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { RedFlagsBox } from "@/components/ui/red-flags-box";
import { GuideSources } from "./_components/guide-sources";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getLibrary } from "@/lib/content/load-library";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { markGuideOpened } from "@/lib/assignments/guide-assignments";
import { getDb } from "@/lib/db/client";
import { getEmergencyNumber } from "@/lib/red-flags/get-emergency-number";

function findGuide(slug: string) {
  return getLibrary().guides.find((guide) => guide.slug === slug);
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: findGuide((await params).slug)?.title ?? "Guide" };
}

export default async function GuidePage({ params }: { params: Promise<{ slug: string }> }) {
  const viewer = await requirePageViewer();
  const guide = findGuide((await params).slug);
  if (!guide) notFound();
  // A patient opening a guide they were given: the clinician sees that it was read.
  await markGuideOpened(getDb(), viewer, guide.slug);
  const { html, outline } = await renderMarkdown(guide.body);
  const exercises = getLibrary().exercises.filter((exercise) => guide.exercises.includes(exercise.slug));
  const emergencyNumber = await getEmergencyNumber(getDb(), viewer);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-muted">Condition guide</p>
        <h1 className="text-3xl font-bold text-brand-900">{guide.title}</h1>
        <p className="text-lg">{guide.summary}</p>
      </header>
      <RedFlagsBox codes={guide.redFlags} extraEmergencySigns={guide.extraEmergencySigns} extraUrgentSigns={guide.extraUrgentSigns} emergencyNumber={emergencyNumber} />
      <nav aria-labelledby="toc-heading" className="no-print rounded-lg border border-brand-100 p-4">
        <h2 id="toc-heading" className="font-semibold text-brand-900">
          On this page
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {outline.map((heading) => (
            <li key={heading.id}>
              <a href={`#${heading.id}`} className="text-brand-800 underline">
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {/* The HTML comes from our own reviewed Markdown, with raw HTML dropped when rendering. */}
      <div className="prose-reading print-sections" dangerouslySetInnerHTML={{ __html: html }} />
      {exercises.length ? (
        <section aria-labelledby="exercises-heading" className="space-y-2">
          <h2 id="exercises-heading" className="text-xl font-bold text-brand-900">
            Exercises that often help
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {exercises.map((exercise) => (
              <li key={exercise.slug}>
                <Link href={`/library/exercises/${exercise.slug}`} className="text-brand-800 underline">
                  {exercise.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-sm text-muted">Only start an exercise your clinician has suggested for you.</p>
        </section>
      ) : null}
      <GuideSources guide={guide} />
      <footer className="no-print border-t border-brand-100 pt-4">
        <PrintButton label="Print this guide" />
      </footer>
    </article>
  );
}
