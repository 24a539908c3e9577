import { z } from "zod";

/** What the health and readiness checks answer (the contracts import it; no server code here). */
export const ZHealth = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["ok", "unreachable"]),
  migrations: z.enum(["ok", "pending", "unknown"]),
  reason: z.string().optional(),
});
export type THealth = z.infer<typeof ZHealth>;
