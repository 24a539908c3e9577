import { z } from "zod";
import { ZEmailAddress } from "../users/user-fields";

export const ZRedeemSetupCode = z.object({
  email: ZEmailAddress,
  code: z.string().trim().min(1, "Enter the code from your sheet.").max(40, "The code has 12 letters and numbers."),
  password: z.string().min(1, "Choose a password."),
});
