import { z } from "zod";
import { ZEmailAddress, personNameSchema } from "../users/user-fields";

export const ZInviteClinician = z.object({
  name: personNameSchema("Enter the clinician's name."),
  email: ZEmailAddress,
});
