import { RED_FLAG_LEVELS, RED_FLAGS, type TRedFlagLevel } from "./red-flags";

/** Emergency before urgent: the order clinicians work through alerts and the patient list. */
export function levelRank(level: TRedFlagLevel): number {
  return RED_FLAG_LEVELS.indexOf(level);
}

/** The words a badge shows for a level (never colour alone). */
export const LEVEL_LABELS: Record<TRedFlagLevel, string> = { EMERGENCY: "Emergency", URGENT: "Urgent" };

/** Codes grouped by level, in the shared list's order (most telling first), once each; codes not in the list are left out. */
export function codesByLevel(codes: readonly string[]): Record<TRedFlagLevel, string[]> {
  const grouped: Record<TRedFlagLevel, string[]> = { EMERGENCY: [], URGENT: [] };
  for (const flag of RED_FLAGS) if (codes.includes(flag.code)) grouped[flag.level].push(flag.code);
  return grouped;
}
