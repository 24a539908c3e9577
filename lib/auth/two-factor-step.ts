import { parseEnv, type TEnv } from "../config/env";
import type { Role } from "../db/generated/enums";

export type TMode = TEnv["BACKTRACK_MODE"];
/** What a session still has to do: nothing, set up an authenticator app, or enter a code. */
export type TSecondStep = null | "setup" | "verify";

/**
 * Whether a session still owes the second sign-in step. Anyone who turned
 * two-factor on enters a code in each new session. Staff without it must set
 * it up first, except the demo accounts while in demo mode (live mode ignores
 * the exemption, so a demo database started live is no back door).
 */
export function twoFactorStep(
  user: { role: Role; twoFactorEnabledAt: Date | null; twoFactorExempt: boolean },
  sessionVerifiedAt: Date | null,
  mode: TMode = parseEnv().BACKTRACK_MODE,
): TSecondStep {
  if (user.twoFactorEnabledAt) return sessionVerifiedAt && sessionVerifiedAt >= user.twoFactorEnabledAt ? null : "verify";
  const staff = user.role === "ADMIN" || user.role === "CLINICIAN";
  return staff && (mode === "live" || !user.twoFactorExempt) ? "setup" : null;
}

/** `value` when it is a path on this site, else `fallback`: a sign-in link must not send anyone elsewhere. */
export function localPathOr(value: string | string[] | undefined, fallback: string): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : fallback;
}
