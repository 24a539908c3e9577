import { z } from "zod";
import { ZEmailAddress, personNameSchema } from "../users/user-fields";

/** Whether the runtime knows `zone` as an IANA time zone (Europe/London, America/New_York, UTC). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A new clinic and its first admin, as the operator's `npm run clinic -- create` gives them. */
export const ZCreateClinic = z.object({
  name: z.string().trim().min(1, "Give the clinic a name.").max(120, "Use at most 120 characters."),
  adminEmail: ZEmailAddress,
  adminName: personNameSchema("Give the admin's name.").default("Clinic administrator"),
  timeZone: z.string().trim().refine(isKnownTimeZone, "Unknown time zone: use an IANA name such as Europe/London.").default("UTC"),
  // The acute/subacute split: 4 weeks (ACP 2017) or 6 by clinic choice (lib/trends thresholds).
  acuteWeeks: z.coerce
    .number({ error: "Acute weeks must be 4 or 6." })
    .refine((weeks) => weeks === 4 || weeks === 6, "Acute weeks must be 4 or 6.")
    .default(4),
});

export type TCreateClinicInput = z.input<typeof ZCreateClinic>;
