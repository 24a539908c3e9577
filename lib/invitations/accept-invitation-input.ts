import { z } from "zod";
import { ZAcceptConsentInput } from "../clinic-records/clinic-document-input";
import { ZMedicalHistoryInput } from "../red-flags/medical-history";

export const ZAcceptInvitation = z.object({
  token: z.string().min(1, "The invitation link is missing its code."),
  password: z.string().min(1, "Choose a password."),
  /** A patient answers the medical history (asked once) on the same form; left out, it is asked at first sign-in. */
  history: ZMedicalHistoryInput.optional(),
  /** A patient accepts the clinic's current privacy notice and terms (their version ids); left out, they are asked at first sign-in. */
  consentVersionIds: ZAcceptConsentInput.shape.documentVersionIds.optional(),
});
