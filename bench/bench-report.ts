import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TBenchConfig } from "./bench-config";
import type { TBuildJs, TDashboardJs } from "./dashboard-js-size";
import { formatMs, type TLoadFigures } from "./load-figures";
import type { TScenarioSpec } from "./scenarios";
import type { TLargeClinicCounts } from "./seed-large-clinic";
import { kB, verdict, type TTargetCheck } from "./targets";

/*
 * The run's figures as JSON (everything) and Markdown (the tables
 * bench/README.md's "Measured figures" takes), in bench/results/ (git-ignored).
 */

export interface TMachineInfo {
  /** os.loadavg() (1, 5, 15 min) when the run started: other work on the machine skews every figure. */
  loadAverageAtStart: number[];
  os: string;
  cpus: string;
  cores: number;
  totalMemoryGiB: number;
  node: string;
  postgres: string;
  database: string;
}

export interface TSeedingFigures {
  /** Migrations, clinical library, demo clinics. */
  prepareSeconds: number;
  largeClinicSeconds: number;
  summariesSeconds: number;
  summaries: number;
  summariesVerified: number;
  vacuumSeconds: number;
  totalSeconds: number;
  counts: TLargeClinicCounts;
}

export interface TScenarioReport {
  spec: TScenarioSpec;
  app: TLoadFigures;
  /** CPU the app server (one Node process) used while the scenario ran, in cores (1.0 = one core busy); null off Linux. */
  appServerCores: number | null;
  baseline: TLoadFigures | null;
}

export interface TBenchReport {
  date: string;
  machine: TMachineInfo;
  config: Omit<TBenchConfig, "databaseUrl" | "password" | "resultsDir" | "seedOnly">;
  seeding: TSeedingFigures;
  scenarios: TScenarioReport[];
  dashboardJs: TDashboardJs | null;
  dashboardJsError?: string;
  /** The same from the build manifests (a cross-check). */
  dashboardJsBuild: TBuildJs | null;
  targets: TTargetCheck[];
}

export function machineInfo(postgres: string, database: string, loadAverageAtStart: number[]): TMachineInfo {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((cpu) => cpu.model.trim()))].join(", ");
  return {
    loadAverageAtStart: loadAverageAtStart.map((load) => Math.round(load * 100) / 100),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpus: `${cpus.length} x ${models}`,
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    database,
  };
}

function ratio(app: number, baseline: number): string {
  if (!Number.isFinite(app) || !Number.isFinite(baseline) || baseline <= 0) return "n/a";
  const value = app / baseline;
  return `x${value < 1 ? value.toFixed(2) : value.toFixed(1)}`;
}

export function ratioLine(app: TLoadFigures, baseline: TLoadFigures): string {
  return `app/baseline: p50 ${ratio(app.p50, baseline.p50)}, p95 ${ratio(app.p95, baseline.p95)}, req/s ${ratio(app.requestsPerSecond, baseline.requestsPerSecond)}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function toMarkdown(report: TBenchReport): string {
  const { machine, seeding, config } = report;
  const counts = seeding.counts;
  const lines = [
    `## bench run ${report.date}`,
    "",
    `Machine: ${machine.cpus}, ${machine.totalMemoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.postgres}, ${machine.database}; ` +
      `load average at the start ${machine.loadAverageAtStart.join(" / ")}.`,
    `Size: ${counts.patients.toLocaleString("en")} patients and ${counts.clinicians} clinicians in the large clinic, ` +
      `${counts.checkIns.toLocaleString("en")} check-ins, ${counts.plans.toLocaleString("en")} plans (${counts.planVersions.toLocaleString("en")} versions, ` +
      `${counts.planItems.toLocaleString("en")} items), ${counts.exerciseLogs.toLocaleString("en")} exercise logs, ${counts.alerts} red-flag alerts.`,
    `Seeding took ${seeding.totalSeconds.toFixed(1)} s: migrations, library and demo clinics ${seeding.prepareSeconds.toFixed(1)} s, ` +
      `large clinic ${seeding.largeClinicSeconds.toFixed(1)} s, ${seeding.summaries.toLocaleString("en")} trend summaries ${seeding.summariesSeconds.toFixed(1)} s ` +
      `(${seeding.summariesVerified} sampled and checked against computeEpisodeSummary), VACUUM ANALYZE ${seeding.vacuumSeconds.toFixed(1)} s.`,
    `Load: ${config.connections} connections, ${config.durationSeconds} s per scenario after ${config.warmupSeconds} s of warm-up; ` +
      `${config.clinicianSessions} clinician sessions, ${config.checkInPatients} patients submitting check-ins.`,
    "",
    row(["Scenario", "p50", "p95", "p99", "req/s", "non-2xx", "errors", "app server CPU", "pg baseline p50 / p95 / req/s", "app/baseline p50, p95, req/s"]),
    row(["---", "---", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...report.scenarios.map(({ spec, app, appServerCores, baseline }) =>
      row([
        `${spec.title} \`${spec.request}\``,
        formatMs(app.p50),
        formatMs(app.p95),
        formatMs(app.p99),
        app.requestsPerSecond.toFixed(0),
        String(app.non2xx),
        String(app.errors),
        appServerCores === null ? "n/a" : `${appServerCores.toFixed(2)} cores`,
        baseline ? `${formatMs(baseline.p50)} / ${formatMs(baseline.p95)} / ${baseline.requestsPerSecond.toFixed(0)}` : "n/a",
        baseline ? `${ratio(app.p50, baseline.p50)}, ${ratio(app.p95, baseline.p95)}, ${ratio(app.requestsPerSecond, baseline.requestsPerSecond)}` : "n/a",
      ]),
    ),
    "",
    report.dashboardJs
      ? `Patient dashboard JavaScript: ${kB(report.dashboardJs.gzipBytes)} gzipped (${kB(report.dashboardJs.rawBytes)} raw) in ${report.dashboardJs.scripts.length} files; ` +
        `inline RSC payload ${kB(report.dashboardJs.inlineGzipBytes)} gzipped (not counted). Largest: ` +
        report.dashboardJs.scripts
          .slice(0, 5)
          .map((script) => `${path.basename(script.url)} ${kB(script.gzipBytes)}`)
          .join(", ") +
        "."
      : `Patient dashboard JavaScript: not measured in a browser${report.dashboardJsError ? ` (${report.dashboardJsError})` : ""}.`,
    report.dashboardJsBuild
      ? `From the build manifests (root main files and the route's client chunks): ${kB(report.dashboardJsBuild.gzipBytes)} gzipped in ${report.dashboardJsBuild.files.length} files.`
      : "The build manifests could not be read.",
    "",
    row(["Target", "Measured", "Verdict"]),
    row(["---", "---", "---"]),
    ...report.targets.map((check) => row([check.target, check.measured, `**${verdict(check.pass)}**`])),
    "",
  ];
  return lines.join("\n");
}

export async function writeReport(report: TBenchReport, dir: string): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, "-");
  const json = path.join(dir, `bench-${stamp}.json`);
  const markdown = path.join(dir, `bench-${stamp}.md`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, toMarkdown(report));
  return { json, markdown };
}
