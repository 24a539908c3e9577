import { EnvError, parseEnv, type TEnv } from "../../lib/config/env";
import { ContentError } from "../../lib/content/load-library";
import { provideDatabase, type TProvidedDatabase } from "./database";
import { StartupError, StartupRefusal } from "./startup-error";

/**
 * Runs a command-line entry point. Expected problems print one plain line
 * (what is wrong, then how to fix it) and exit 1; anything else is a bug and
 * keeps its stack trace.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    // Idle pool connections (the schema engine's among them) would hold the process open for their timeout.
    () => process.exit(0),
    (error: unknown) => {
    if (error instanceof StartupRefusal) {
      for (const problem of error.problems) console.error(`backtrack: ${problem.message} ${problem.fix}`);
    } else if (error instanceof StartupError) {
      console.error(`backtrack: ${error.message} ${error.fix}`);
    } else if (error instanceof ContentError) {
      console.error(`backtrack: ${error.message}`);
    } else if (error instanceof EnvError) {
      console.error(`backtrack: ${error.message}. See "Configuration" in README.md.`);
    } else {
      console.error(error);
    }
    process.exit(1);
    },
  );
}

/** The configured database (DATABASE_URL, or the embedded one) for the length of `work`. */
export async function withDatabase<T>(work: (database: TProvidedDatabase, env: TEnv) => Promise<T>): Promise<T> {
  const env = parseEnv();
  const database = await provideDatabase({
    databaseUrl: env.DATABASE_URL,
    databaseOwnerUrl: env.DATABASE_OWNER_URL,
    dataDir: env.BACKTRACK_DATA_DIR,
    embeddedPort: env.BACKTRACK_PG_PORT,
  });
  try {
    return await work(database, env);
  } finally {
    await database.stop();
  }
}
