import type { TExerciseDose } from "./content-schemas";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A dose in plain words: "2 sets of 10, hold each 5 seconds · twice a day · 5 days a week". */
export function formatDose(dose: TExerciseDose): string {
  const amount = dose.minutes
    ? `${plural(dose.minutes, "minute")}${dose.sets > 1 ? `, ${plural(dose.sets, "time")}` : ""}`
    : [dose.reps ? `${plural(dose.sets, "set")} of ${dose.reps}` : plural(dose.sets, "set"), dose.holdSeconds ? `hold each ${plural(dose.holdSeconds, "second")}` : null]
        .filter(Boolean)
        .join(", ");
  const perDay = dose.timesPerDay === 1 ? "once a day" : dose.timesPerDay === 2 ? "twice a day" : `${dose.timesPerDay} times a day`;
  const perWeek = dose.daysPerWeek === 7 ? "every day" : `${plural(dose.daysPerWeek, "day")} a week`;
  return [amount, perDay, perWeek].join(" · ");
}
