import type { TExerciseDoseInput } from "./content-schemas";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * A dose in plain words: "2 sets of 10, hold each 5 seconds · twice a day · 5 days a week".
 * A one-sided exercise says so right after the amount ("2 sets of 10 each side"), so
 * nobody reads 10 as 5 a side.
 */
export function formatDose(dose: TExerciseDoseInput): string {
  const side = dose.eachSide ? " each side" : "";
  const amount = dose.minutes
    ? `${plural(dose.minutes, "minute")}${side}${dose.sets > 1 ? `, ${plural(dose.sets, "time")}` : ""}`
    : [dose.reps ? `${plural(dose.sets, "set")} of ${dose.reps}${side}` : `${plural(dose.sets, "set")}${side}`, dose.holdSeconds ? `hold each ${plural(dose.holdSeconds, "second")}` : null]
        .filter(Boolean)
        .join(", ");
  const perDay = dose.timesPerDay === 1 ? "once a day" : dose.timesPerDay === 2 ? "twice a day" : `${dose.timesPerDay} times a day`;
  const perWeek = dose.daysPerWeek === 7 ? "every day" : `${plural(dose.daysPerWeek, "day")} a week`;
  return [amount, perDay, perWeek].join(" · ");
}

/** The acceptable-pain rule in plain words, the same on screen and on paper. */
export function formatAcceptablePain(acceptablePain: number): string {
  return acceptablePain === 0
    ? "No pain: stop if it hurts. It is fine to feel muscles working or a gentle stretch."
    : `Pain up to ${acceptablePain} out of 10 while you do it is OK, if it settles back by the next morning.`;
}
