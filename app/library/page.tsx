import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { BODY_AREAS, EQUIPMENT, GOALS } from "@/lib/content/content-schemas";
import { formatDose } from "@/lib/content/format-dose";
import { getLibrary } from "@/lib/content/load-library";
import { searchLibrary, type TLibraryFilter } from "@/lib/content/search-library";
import { CONDITIONS } from "@/lib/conditions/conditions";
import type { Condition } from "@/lib/db/generated/enums";

export const metadata: Metadata = { title: "Library" };

type SearchParams = Record<string, string | string[] | undefined>;

function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const FIELD = "block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2";
const words = (value: string) => value.replace(/-/g, " ");

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: readonly { value: string; label: string }[] }) {
  return (
    <label className="block space-y-1">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The clinician's library browser: a plain GET form, so it works without JavaScript and results can be linked. */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer("CLINICIAN");
  const params = await searchParams;
  const filter: TLibraryFilter = {
    q: typeof params.q === "string" ? params.q.slice(0, 100) : undefined,
    condition: pick(params.condition, CONDITIONS.map((condition) => condition.code) as Condition[]),
    bodyArea: pick(params.bodyArea, BODY_AREAS),
    goal: pick(params.goal, GOALS),
    equipment: pick(params.equipment, EQUIPMENT),
  };
  const { guides, exercises } = searchLibrary(getLibrary(), filter);
  const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: words(value) }));
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">Library</h1>
        <p>
          To print or share:{" "}
          <Link href="/library/cauda-equina-card" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Cauda equina emergency card
          </Link>{" "}
          (one page, for every patient; anyone with the link can open it).
        </p>
      </div>
      <form role="search" aria-label="Guides and exercises" className="grid gap-4 rounded-lg border border-brand-100 p-4 sm:grid-cols-3">
        <label className="block space-y-1 sm:col-span-3">
          <span className="font-medium">Search</span>
          <input type="search" name="q" defaultValue={filter.q} className={FIELD} />
        </label>
        <Select name="condition" label="Condition" value={filter.condition} options={CONDITIONS.map((condition) => ({ value: condition.code, label: condition.label }))} />
        <Select name="bodyArea" label="Body area" value={filter.bodyArea} options={asOptions(BODY_AREAS)} />
        <Select name="goal" label="Goal" value={filter.goal} options={asOptions(GOALS)} />
        <Select name="equipment" label="Equipment" value={filter.equipment} options={asOptions(EQUIPMENT)} />
        <div className="flex items-end gap-3">
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
            Show results
          </button>
          <Link href="/library" className="inline-flex min-h-11 items-center text-brand-800 underline">
            Clear
          </Link>
        </div>
      </form>
      <p role="status">
        {guides.length} guide{guides.length === 1 ? "" : "s"} and {exercises.length} exercise{exercises.length === 1 ? "" : "s"}
      </p>
      {guides.length ? (
        <section aria-labelledby="guides-heading" className="space-y-3">
          <h2 id="guides-heading" className="text-xl font-bold text-brand-900">
            Condition guides
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {guides.map((guide) => (
              <li key={guide.slug} className="rounded-lg border border-brand-100 p-4">
                <Link href={`/library/guides/${guide.slug}`} className="font-semibold text-brand-800 underline">
                  {guide.title}
                </Link>
                <p className="mt-1 text-sm">{guide.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {exercises.length ? (
        <section aria-labelledby="exercises-heading" className="space-y-3">
          <h2 id="exercises-heading" className="text-xl font-bold text-brand-900">
            Exercises
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {exercises.map((exercise) => (
              <li key={exercise.slug} className="rounded-lg border border-brand-100 p-4">
                <Link href={`/library/exercises/${exercise.slug}`} className="font-semibold text-brand-800 underline">
                  {exercise.name}
                </Link>
                <p className="mt-1 text-sm">
                  {words(exercise.bodyArea)} · {exercise.goals.map(words).join(", ")}
                </p>
                <p className="text-sm text-muted">{formatDose(exercise.dose)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
