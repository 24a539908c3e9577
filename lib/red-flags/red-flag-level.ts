import { redFlagLevel, type TRedFlagLevel } from "./red-flags";

/**
 * The level of a set of red flags: the highest among them (EMERGENCY over
 * URGENT), or null for none (routine: no alert, talk about it at the next visit).
 */
export function levelOfFlags(codes: readonly string[]): TRedFlagLevel | null {
  const levels = codes.map(redFlagLevel);
  if (levels.includes("EMERGENCY")) return "EMERGENCY";
  if (levels.includes("URGENT")) return "URGENT";
  return null;
}
