import { z } from "zod";

/** A code from the authenticator app, or one of the recovery codes. */
export const ZTwoFactorCode = z.object({
  code: z.string().trim().min(1, "Enter the 6-digit code from your app, or a recovery code.").max(40, "That code is too long."),
});
