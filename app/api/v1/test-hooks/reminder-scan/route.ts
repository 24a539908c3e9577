import { handleEndpoint } from "@/lib/api/endpoint";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { runScanNow } from "@/lib/jobs/job-sender";
import { reminderScanHookEndpoint } from "@/lib/reminders/reminder-settings-endpoints";

export const POST = handleEndpoint(reminderScanHookEndpoint, async ({ body }) => {
  const env = getEnv();
  // Off unless asked for, and never on a live portal, whatever the variable says.
  if (!env.BACKTRACK_TEST_HOOKS || env.BACKTRACK_MODE === "live" || !env.DATABASE_URL) throw new NotFoundError();
  return runScanNow(getDb(), env.DATABASE_URL, new Date(body.asOf));
});
