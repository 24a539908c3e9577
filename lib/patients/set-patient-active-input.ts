import { z } from "zod";

export const ZSetPatientActive = z.object({ active: z.boolean({ error: "Say whether the account is active (true or false)." }) });
