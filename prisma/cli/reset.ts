import { resetDatabase } from "../../tools/db/schema-engine";
import { prepareDatabase } from "../../tools/launcher/prepare-database";
import { runCli, withDatabase } from "../../tools/launcher/run-cli";
import { StartupError } from "../../tools/launcher/startup-error";

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
    await resetDatabase(database.ownerUrl);
    await prepareDatabase(database.ownerUrl, { mode: env.BACKTRACK_MODE, migrateOnStart: true, demoPassword: env.DEMO_PASSWORD, appUrl: database.url });
    console.log(`Reset ${database.description}.`);
  }),
);
