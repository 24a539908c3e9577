import { performance } from "node:perf_hooks";
import { DEFAULT_DEMO_PASSWORD } from "../lib/config/env";
import { startAppUnderTest, type TAppUnderTest } from "./resilience/app-under-test";
import { runCheckInLoad } from "./resilience/check-in-load";
import { signIn } from "./resilience/http-session";
import { addLoadPatients } from "./resilience/load-patients";
import { runOutage } from "./resilience/outage";
import { openPageProbe } from "./resilience/page-probe";
import { buildReport } from "./resilience/report";
import { verifyStored } from "./resilience/verify-stored";

/*
 * `npm run resilience`: the production build on its own embedded PostgreSQL
 * (.data/resilience, deleted afterwards), patients checking in without pause
 * for 40 s, and PostgreSQL stopped 10 s in for 10 s. Passes when the app
 * answered 503 with its clear message while the database was away (never a
 * 500, never a hang), recovered by itself, and the database holds every
 * acknowledged check-in exactly once. Exits non-zero on FAIL.
 *   RESILIENCE_PATIENTS (24)  RESILIENCE_PORT (any free port)
 */
const PATIENTS = Number(process.env.RESILIENCE_PATIENTS ?? 24);
const PORT = process.env.RESILIENCE_PORT ? Number(process.env.RESILIENCE_PORT) : undefined;
const DATA_DIR = ".data/resilience";
const PATIENT_PASSWORD = "resilience-Heron-walks-42";
const LOAD_MS = 40_000;
const OUTAGE_AFTER_MS = 10_000;
const OUTAGE_MS = 10_000;
const HANG_MS = 10_000;
const DRAIN_MS = 30_000;
const RECOVERY_LIMIT_MS = 5_000;
const WRITE_MESSAGE = "BackTrack cannot reach its database right now. Your answers were not saved; try again in a minute.";
const READ_MESSAGE = "BackTrack cannot reach its database right now. Try again in a minute.";

let app: TAppUnderTest | undefined;

async function main(): Promise<boolean> {
  console.log(`Starting PostgreSQL and the production server (data in ${DATA_DIR})...`);
  app = await startAppUnderTest({ dataDir: DATA_DIR, port: PORT, demoPassword: DEFAULT_DEMO_PASSWORD });
  const patients = await addLoadPatients(app.databaseUrl, PATIENTS, PATIENT_PASSWORD);
  const sessions = [];
  for (const patient of patients) sessions.push({ patient, session: await signIn(app.baseUrl, patient.email, PATIENT_PASSWORD) });
  console.log(`Serving at ${app.baseUrl}; ${PATIENTS} patients signed in. Checking in for ${LOAD_MS / 1000} s; PostgreSQL stops at ${OUTAGE_AFTER_MS / 1000} s for ${OUTAGE_MS / 1000} s...`);

  const pages = await openPageProbe(sessions[0]!.session);
  const startedAt = performance.now();
  const [load, outage] = await Promise.all([
    runCheckInLoad({ patients: sessions, durationMs: LOAD_MS, drainMs: DRAIN_MS, hangMs: HANG_MS, resendShare: 0.1, unavailableMessage: WRITE_MESSAGE, startedAt }),
    runOutage({
      app,
      session: sessions[0]!.session,
      patientId: patients[0]!.patientId,
      startedAt,
      afterMs: OUTAGE_AFTER_MS,
      lengthMs: OUTAGE_MS,
      readMessage: READ_MESSAGE,
      viewPage: (pathname) => pages.view(pathname),
    }),
  ]);
  const healthAfter = (await fetch(`${app.baseUrl}/api/health`, { signal: AbortSignal.timeout(HANG_MS) })).status;
  const pageAfter = await pages.view("/dashboard").finally(() => pages.close());
  const stored = await verifyStored(
    app.databaseUrl,
    patients.map((patient) => patient.patientId),
    load.submissions,
  );
  const { lines, pass } = buildReport({
    patients: PATIENTS,
    load,
    timeline: outage.timeline,
    probes: outage.probes,
    stored,
    sameServer: app.serverRunning(),
    healthAfter,
    pageAfter,
    serverLog: app.serverLog(),
    recoveryLimitMs: RECOVERY_LIMIT_MS,
  });
  console.log(lines.join("\n"));
  return pass;
}

async function cleanUp(): Promise<void> {
  await app?.close().catch((error: unknown) => console.error("Cleaning up failed:", error));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

main()
  .then(
    (pass) => (process.exitCode = pass ? 0 : 1),
    (error: unknown) => {
      console.error("FAIL: the resilience run could not finish:", error);
      process.exitCode = 1;
    },
  )
  .finally(async () => {
    await cleanUp();
    // Idle pool timers and the embedded server's exit hooks would keep the process up for a while.
    process.exit();
  });
