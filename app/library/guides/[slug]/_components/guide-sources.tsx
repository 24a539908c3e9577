import { mediumDate } from "@/lib/dates/format-date";
import type { TGuide } from "@/lib/content/load-library";

/**
 * Who checked the guide and when, when it is next due, and what it rests on.
 * Not in the page footer: print hides footers, and a printed handout needs its
 * sources too (with each address written out, since paper has no links).
 */
export function GuideSources({ guide }: { guide: Pick<TGuide, "reviewed" | "reviewedBy" | "nextReview" | "sources" | "readingGrade"> }) {
  return (
    <section aria-labelledby="sources-heading" className="space-y-2 border-t border-brand-100 pt-4 text-sm break-inside-avoid">
      <p>
        Reviewed <time dateTime={guide.reviewed}>{mediumDate(guide.reviewed)}</time> by {guide.reviewedBy}; next review{" "}
        <time dateTime={guide.nextReview}>{mediumDate(guide.nextReview)}</time>. Reading level: grade {Math.max(1, Math.round(guide.readingGrade))}.
      </p>
      <h2 id="sources-heading" className="font-semibold text-brand-900">
        Sources
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {guide.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="text-brand-800 underline">
              {source.title}
            </a>
            . {source.publisher}, {source.year}.<span className="hidden break-all print:inline"> {source.url}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
