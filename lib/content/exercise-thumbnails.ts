import { getLibrary } from "./load-library";

/** The start-position drawing of each of these exercises that has one, by slug: the dashboard's thumbnails. */
export function exerciseThumbnails(slugs: readonly string[]): Record<string, string> {
  const wanted = new Set(slugs);
  return Object.fromEntries(getLibrary().exercises.flatMap((exercise) => (wanted.has(exercise.slug) && exercise.illustrationSvg ? [[exercise.slug, exercise.illustrationSvg]] : [])));
}
