import path from "node:path";

/*
 * Every knob of `npm run bench`, read once from the environment. The defaults
 * are the full size the issue asks for (10,000 patients, about 1,000,000
 * check-ins, 16 connections); develop with e.g. BENCH_PATIENTS=500
 * BENCH_DURATION=5.
 */

export interface TBenchConfig {
  /** A PostgreSQL server to use (its role needs CREATEDB); unset: a throwaway embedded one. */
  databaseUrl: string | undefined;
  /** Patients of the large clinic. */
  patients: number;
  /** Clinicians of the large clinic. */
  clinicians: number;
  /** Patients with a year of (almost) daily check-ins; the rest check in for shorter spells, more sparsely. */
  dailyCheckers: number;
  /** Days of exercise logs kept for each plan (the most recent ones). */
  exerciseLogDays: number;
  /** Concurrent connections of every load scenario and baseline. */
  connections: number;
  /** Seconds each scenario runs, after its warm-up. */
  durationSeconds: number;
  /** Seconds of warm-up per scenario (not counted). */
  warmupSeconds: number;
  /** Patients who sign in and submit check-ins in the check-in scenario. */
  checkInPatients: number;
  /** Clinicians who sign in for the list and trend scenarios (requests rotate over their sessions). */
  clinicianSessions: number;
  /** The search of the search scenario (`?q=`). */
  search: string;
  /** Port of the app server; 0 picks a free one. */
  port: number;
  /** Only these scenarios (comma-separated names, see load-scenarios.ts); empty: all. */
  scenarios: string[];
  /** Stop after seeding (to time the generator alone). */
  seedOnly: boolean;
  /** Skip the dashboard JavaScript measurement (it needs a Chromium). */
  skipDashboardJs: boolean;
  /** Where the JSON and Markdown results go. */
  resultsDir: string;
  /** Password of every account in the bench database. */
  password: string;
}

function numberFrom(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min} (got "${raw}").`);
  return value;
}

export function readBenchConfig(): TBenchConfig {
  const patients = Math.round(numberFrom("BENCH_PATIENTS", 10_000, 50));
  const dailyCheckers = Math.min(patients, Math.round(numberFrom("BENCH_DAILY_CHECKERS", Math.round(patients * 0.25), 1)));
  const clinicians = Math.round(numberFrom("BENCH_CLINICIANS", 50, 1));
  return {
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    patients,
    clinicians,
    dailyCheckers,
    exerciseLogDays: Math.round(numberFrom("BENCH_LOG_DAYS", 28, 1)),
    connections: Math.round(numberFrom("BENCH_CONNECTIONS", 16, 1)),
    durationSeconds: numberFrom("BENCH_DURATION", 20, 1),
    warmupSeconds: numberFrom("BENCH_WARMUP", 3, 0),
    checkInPatients: Math.min(dailyCheckers, Math.round(numberFrom("BENCH_CHECKIN_PATIENTS", 200, 1))),
    clinicianSessions: Math.min(clinicians, Math.round(numberFrom("BENCH_CLINICIAN_SESSIONS", 8, 1))),
    search: process.env.BENCH_SEARCH ?? "son 12",
    port: Math.round(numberFrom("BENCH_PORT", 0, 0)),
    scenarios: (process.env.BENCH_SCENARIOS ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    seedOnly: process.env.BENCH_SEED_ONLY === "1",
    skipDashboardJs: process.env.BENCH_SKIP_DASHBOARD_JS === "1",
    resultsDir: path.resolve(process.env.BENCH_RESULTS_DIR ?? "bench/results"),
    password: "backtrack-bench-only",
  };
}
