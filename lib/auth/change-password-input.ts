import { z } from "zod";

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, "Enter your current password."),
  newPassword: z.string().min(1, "Choose a new password."),
});
