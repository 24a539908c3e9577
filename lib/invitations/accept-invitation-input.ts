import { z } from "zod";

export const ZAcceptInvitation = z.object({
  token: z.string().min(1, "The invitation link is missing its code."),
  password: z.string().min(1, "Choose a password."),
});
