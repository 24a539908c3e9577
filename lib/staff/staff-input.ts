import { z } from "zod";
import { ZEmailAddress, ZPersonName } from "../users/user-fields";

export const ZInviteClinician = z.object({
  name: ZPersonName("Enter the clinician's name."),
  email: ZEmailAddress,
});
