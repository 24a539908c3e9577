import type { TCalendarDate } from "../dates/calendar-date";
import type { ExerciseFeel, ExerciseOutcome } from "../db/generated/enums";

/*
 * When a patient's own marks suggest a different version of an exercise.
 * Never applied by itself: a clinician reads the suggestion and decides.
 *
 * Harder: the last three marks that say how it felt are all "too easy", with
 * no pain above the exercise's acceptable level among them.
 * Easier: two of the last three times it was done were "too hard" or hurt
 * more than the exercise's acceptable pain (the most pain that is fine while
 * it settles by the next morning: the pain-monitoring model, Silbernagel et
 * al., Am J Sports Med 2007, https://doi.org/10.1177/0363546506298279).
 * "Two of the last three" rather than "two in a row": a sign that the load is
 * too much should not be reset by one good day in between.
 * Easier wins when both hold: pain is the safer signal to act on.
 */

export const TOO_EASY_IN_A_ROW = 3;
export const TOO_HARD_TIMES = 2;
export const TOO_HARD_WINDOW = 3;

export type TProgressionMark = { date: TCalendarDate; outcome: ExerciseOutcome; feel: ExerciseFeel | null; painDuring: number | null };

export type TProgressionDirection = "harder" | "easier";

export type TProgressionSignal = {
  direction: TProgressionDirection;
  /** The dates of the marks the signal rests on, newest first. */
  dates: TCalendarDate[];
  /** In words, for the clinician. */
  reason: string;
};

/** The signal in `marks` (any order) for an exercise whose acceptable pain is `acceptablePain` (null: unknown), or null. */
export function progressionSignal(marks: readonly TProgressionMark[], acceptablePain: number | null): TProgressionSignal | null {
  const done = marks.filter((mark) => mark.outcome === "DONE").sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const hurt = (mark: TProgressionMark) => acceptablePain !== null && mark.painDuring !== null && mark.painDuring > acceptablePain;

  const recent = done.slice(0, TOO_HARD_WINDOW);
  const hard = recent.filter((mark) => mark.feel === "TOO_HARD" || hurt(mark));
  if (hard.length >= TOO_HARD_TIMES) {
    const painful = hard.filter(hurt).length;
    const reason =
      painful === 0
        ? `Marked "too hard" ${hard.length} of the last ${recent.length} times`
        : `Marked "too hard" or pain above ${acceptablePain}/10 ${hard.length} of the last ${recent.length} times`;
    return { direction: "easier", dates: hard.map((mark) => mark.date), reason };
  }

  const felt = done.filter((mark) => mark.feel !== null).slice(0, TOO_EASY_IN_A_ROW);
  if (felt.length === TOO_EASY_IN_A_ROW && felt.every((mark) => mark.feel === "TOO_EASY" && !hurt(mark))) {
    return { direction: "harder", dates: felt.map((mark) => mark.date), reason: `Marked "too easy" the last ${TOO_EASY_IN_A_ROW} times` };
  }
  return null;
}
