import { z } from "zod";
import { ZEmailAddress } from "../users/user-fields";

export const ZRequestPasswordReset = z.object({ email: ZEmailAddress });

export const ZCompletePasswordReset = z.object({
  token: z.string().min(1, "The reset link is missing its code."),
  password: z.string().min(1, "Choose a new password."),
});
