import { runRetentionReview } from "../../lib/clinic-records/retention-review";
import { createDatabaseClient } from "../../lib/db/client";
import { runCli, withDatabase } from "../launcher/run-cli";

/*
 * `npm run retention:review [-- --as-of YYYY-MM-DD]`: the monthly retention
 * review for every clinic, for a cron job until the job queue schedules it.
 * Lists only; deletes nothing. Prints counts, never patient ids.
 */
function asOfFrom(argv: string[]): Date {
  const index = argv.indexOf("--as-of");
  if (index === -1) return new Date();
  const value = argv[index + 1] ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new Error(`--as-of needs a date as YYYY-MM-DD, got "${value}".`);
  return new Date(`${value}T00:00:00Z`);
}

runCli(() =>
  withDatabase(async (database) => {
    const asOf = asOfFrom(process.argv.slice(2));
    const db = createDatabaseClient(database.url);
    try {
      const results = await runRetentionReview(db, asOf);
      const listed = results.reduce((sum, result) => sum + result.patients, 0);
      console.log(`Retention review as of ${asOf.toISOString().slice(0, 10)}: ${results.length} clinics, ${listed} records past their clinic's period (see Records in each clinic's admin pages).`);
    } finally {
      await db.$disconnect();
    }
  }),
);
