import { resetDatabase } from "../../lib/db/migrations/schema-engine";
import { prepareDatabase } from "../../lib/launcher/prepare-database";
import { runCli, withDatabase } from "../../lib/launcher/run-cli";
import { StartupError } from "../../lib/launcher/startup-error";

// `npm run db:reset`: drop everything, then migrate, seed the demo and sync the library as on first start.
// A server someone configured (DATABASE_URL) may hold real records: only with --force.
runCli(() =>
  withDatabase(async (database, env) => {
    if (env.DATABASE_URL && !process.argv.includes("--force")) {
      throw new StartupError(
        "db:reset refuses to wipe the database at DATABASE_URL.",
        "If you really mean it, run `npm run db:reset -- --force`.",
      );
    }
    await resetDatabase(database.url);
    await prepareDatabase(database.url, { demoPassword: env.DEMO_PASSWORD });
    console.log(`Reset ${database.description}.`);
  }),
);
