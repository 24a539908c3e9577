import { z } from "zod";
import { ZMedicalHistoryInput } from "../red-flags/medical-history";

export const ZAcceptInvitation = z.object({
  token: z.string().min(1, "The invitation link is missing its code."),
  password: z.string().min(1, "Choose a password."),
  /** A patient answers the medical history (asked once) on the same form; left out, it is asked at first sign-in. */
  history: ZMedicalHistoryInput.optional(),
});
