import type { ChildProcess } from "node:child_process";
import { DEFAULT_DEMO_PASSWORD, parseEnv, type TEnv } from "../../lib/config/env";
import { removeEmbeddedPostgres } from "../db/embedded-postgres";
import { demoSignIns } from "../../prisma/seed";
import { authSecret } from "./auth-secret";
import { provideDatabase, type TProvidedDatabase } from "./database";
import { prepareDatabase } from "./prepare-database";
import { assertAuditTrailProtected } from "./app-role-check";
import { assertLiveConfiguration } from "./live-mode-checks";
import { buildIfStale, spawnNext, waitUntilServing } from "./next-process";
import { assertPortFree } from "./ports";
import { runCli } from "./run-cli";
import { StartupError } from "./startup-error";
import { assertSecureConfiguration, listenHost, publicAddress } from "../../tools/server/startup-security";
import { stopServerProcess } from "../../tools/server/stop-server-process";

/*
 * `npm start` / `npm run dev`: database (embedded unless DATABASE_URL), pending
 * migrations, demo data when empty, the library catalog, a production build when stale, then the
 * server. Ctrl-C stops the server and then PostgreSQL, cleanly.
 *   --dev    next dev instead of a production build
 *   --fresh  start from an empty embedded database (the browser tests use it)
 */
const mode = process.argv.includes("--dev") ? "dev" : "start";

runCli(async () => {
  const env = parseEnv();
  if (env.BACKTRACK_MODE === "live") assertLiveConfiguration(env);
  assertSecureConfiguration(env);
  await assertPortFree(env.PORT, "the BackTrack web server", "PORT");
  if (process.argv.includes("--fresh")) await wipeEmbeddedData(env);

  const database = await provideDatabase({
    databaseUrl: env.DATABASE_URL,
    databaseOwnerUrl: env.DATABASE_OWNER_URL,
    dataDir: env.BACKTRACK_DATA_DIR,
    embeddedPort: env.BACKTRACK_PG_PORT,
  });
  let server: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      if (server) await stopServerProcess(server);
      await database.stop();
    })());
  process.once("SIGINT", () => void stopAll().then(() => process.exit(0)));
  process.once("SIGTERM", () => void stopAll().then(() => process.exit(0)));

  try {
    await prepareDatabase(database.ownerUrl, {
      mode: env.BACKTRACK_MODE,
      migrateOnStart: env.MIGRATE_ON_START,
      demoPassword: env.DEMO_PASSWORD,
      appUrl: database.url,
    });
    await assertAuditTrailProtected(database.url, env.BACKTRACK_MODE);
    if (mode === "start") await buildIfStale();

    server = spawnNext(mode, {
      port: env.PORT,
      host: listenHost(env),
      env: {
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: await authSecret(env.NEXTAUTH_SECRET, env.BACKTRACK_DATA_DIR),
        NEXTAUTH_URL: publicAddress(env),
      },
    });
    server.stdout?.pipe(process.stdout);
    const listening = probeAddress(env);
    await waitUntilServing(server, listening);
    printBanner(listening, database, env);

    const code = await new Promise<number | null>((resolve) => server!.once("exit", resolve));
    // Ctrl-C or SIGTERM: the signal handler exits once PostgreSQL has stopped too.
    if (stopping) return await stopping;
    throw new StartupError(`The Next.js server stopped unexpectedly (code ${code}).`, "Its output is above; start again once it is fixed.");
  } catch (error) {
    await stopAll();
    throw error;
  }
});

async function wipeEmbeddedData(env: TEnv): Promise<void> {
  if (env.DATABASE_URL) throw new StartupError("--fresh wipes the embedded database only.", "Unset DATABASE_URL, or drop that database yourself.");
  await removeEmbeddedPostgres(env.BACKTRACK_DATA_DIR);
}

function printBanner(listening: string, database: TProvidedDatabase, env: TEnv): void {
  if (env.BACKTRACK_MODE === "live") {
    console.log(["", `BackTrack (live) is listening at ${listening}, public address ${publicAddress(env)}`, `Database: ${database.description}`, "Press Ctrl-C to stop.", ""].join("\n"));
    return;
  }
  // The address sign-in cookies and links are made for (http://localhost:PORT unless NEXTAUTH_URL says otherwise).
  const baseUrl = publicAddress(env);
  const password = env.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : "the DEMO_PASSWORD you set";
  const rows = demoSignIns().map((signIn) => `  ${signIn.clinic.padEnd(24)}${signIn.role.padEnd(11)}${signIn.email}`);
  console.log(
    [
      "",
      `BackTrack is running at ${baseUrl}  (${mode === "dev" ? "development" : "production"} mode, demo: do not enter real patient information)`,
      `Database: ${database.description}`,
      `Demo sign-ins (password: ${password}):`,
      ...rows,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

/** Where the launcher itself reaches the server: the address it listens on, or loopback when that is every interface. */
function probeAddress(env: TEnv): string {
  const host = listenHost(env);
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${env.PORT}`;
}
