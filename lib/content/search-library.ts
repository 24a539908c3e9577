import type { Condition } from "../db/generated/enums";
import type { TExercise, TGuide, TLibrary } from "./load-library";

export interface TLibraryFilter {
  q?: string;
  condition?: Condition;
  bodyArea?: string;
  goal?: string;
  equipment?: string;
}

function matchesText(query: string | undefined, ...fields: string[]): boolean {
  if (!query?.trim()) return true;
  const haystack = fields.join(" ").toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

/**
 * The clinician's library browser: every word of the search in the title or
 * text, and each chosen filter. Body area, goal and equipment describe
 * exercises only, so choosing one of them hides the guides.
 */
export function searchLibrary(library: TLibrary, filter: TLibraryFilter): { guides: TGuide[]; exercises: TExercise[] } {
  const exerciseOnly = Boolean(filter.bodyArea || filter.goal || filter.equipment);
  const guides = exerciseOnly
    ? []
    : library.guides.filter(
        (guide) => (!filter.condition || guide.conditions.includes(filter.condition)) && matchesText(filter.q, guide.title, guide.summary, guide.body),
      );
  const exercises = library.exercises.filter(
    (exercise) =>
      (!filter.condition || exercise.conditions.includes(filter.condition)) &&
      (!filter.bodyArea || exercise.bodyArea === filter.bodyArea) &&
      (!filter.goal || exercise.goals.includes(filter.goal as TExercise["goals"][number])) &&
      (!filter.equipment || exercise.equipment.includes(filter.equipment as TExercise["equipment"][number])) &&
      matchesText(filter.q, exercise.name, exercise.body),
  );
  return { guides, exercises };
}
