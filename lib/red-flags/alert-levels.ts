import { redFlagLevel, RED_FLAG_LEVELS, RED_FLAGS, type TRedFlagLevel } from "./red-flags";

/** Emergency before urgent: the order clinicians work through alerts and the patient list. */
export function levelRank(level: TRedFlagLevel): number {
  return RED_FLAG_LEVELS.indexOf(level);
}

/**
 * The level of an alert raised for these codes: the most pressing of them.
 * A code no longer in the list counts as an emergency, so a sign whose meaning
 * is unknown is never played down.
 */
export function alertLevelOf(codes: readonly string[]): TRedFlagLevel {
  return codes.reduce<TRedFlagLevel>((level, code) => {
    const own = redFlagLevel(code) ?? "EMERGENCY";
    return levelRank(own) < levelRank(level) ? own : level;
  }, "URGENT");
}

/** The words a badge shows for a level (never colour alone). */
export const LEVEL_LABELS: Record<TRedFlagLevel, string> = { EMERGENCY: "Emergency", URGENT: "Urgent" };

/** Codes grouped by level, in the shared list's order (most telling first), once each; codes not in the list are left out. */
export function codesByLevel(codes: readonly string[]): Record<TRedFlagLevel, string[]> {
  const grouped: Record<TRedFlagLevel, string[]> = { EMERGENCY: [], URGENT: [] };
  for (const flag of RED_FLAGS) if (codes.includes(flag.code)) grouped[flag.level].push(flag.code);
  return grouped;
}
