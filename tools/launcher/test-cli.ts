import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { MISSING_BROWSER_FIX, resolveChromium } from "../../e2e/support/browser";
import { MISSING_NGINX_FIX, findNginx } from "../cluster/nginx-proxy";
import { ContentError } from "../../lib/content/load-library";
import { buildIfStale } from "./next-process";
import { StartupError } from "./startup-error";

/*
 * `npm test`: typecheck, lint, unit + integration tests (real PostgreSQL),
 * production build, two instances of it behind nginx, browser tests. Every step runs even after a failure, so
 * one run shows everything wrong; the exit code is non-zero if any failed.
 */
type StepResult = { name: string; ok: boolean; seconds: number };

const VITEST_REPORT = "test-results/vitest.json";
const SERVED_REPORT = "test-results/vitest-served.json";
const PLAYWRIGHT_REPORT = "test-results/playwright.json";

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.once("exit", (code) => resolve(code === 0));
    child.once("error", () => resolve(false));
  });
}

async function step(name: string, work: () => Promise<boolean>): Promise<StepResult> {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  let ok: boolean;
  try {
    ok = await work();
  } catch (error) {
    if (error instanceof StartupError) console.error(`backtrack: ${error.message} ${error.fix}`);
    else if (error instanceof ContentError) console.error(`backtrack: ${error.message}`);
    else console.error(error);
    ok = false;
  }
  return { name, ok, seconds: Math.round((Date.now() - started) / 1000) };
}

function readCounts(): { passed: number; failed: number; skipped: number } {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of [VITEST_REPORT, SERVED_REPORT]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    counts.passed += report.numPassedTests ?? 0;
    counts.failed += report.numFailedTests ?? 0;
    counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  if (existsSync(PLAYWRIGHT_REPORT)) {
    const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, "utf8"));
    counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    counts.failed += stats?.unexpected ?? 0;
    counts.skipped += stats?.skipped ?? 0;
  }
  return counts;
}

async function main(): Promise<number> {
  rmSync(VITEST_REPORT, { force: true });
  rmSync(SERVED_REPORT, { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  const npx = "npx";
  const results: StepResult[] = [];
  results.push(await step("typecheck", () => run(npx, ["tsc", "--noEmit"])));
  results.push(await step("lint", () => run(npx, ["eslint", "--max-warnings", "0", "."])));
  results.push(
    await step("unit and integration tests", () =>
      run(npx, ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`]),
    ),
  );
  const build = await step("production build", async () => (await buildIfStale(), true));
  results.push(build);
  results.push(
    await step("two instances behind nginx (the build, vitest.served.config.ts)", async () => {
      if (!build.ok) throw new StartupError("The two-instance test is skipped: the build failed.", "Fix the build first.");
      if (!findNginx()) throw new StartupError("The two-instance test cannot run.", MISSING_NGINX_FIX);
      return run(npx, ["vitest", "run", "--config", "vitest.served.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${SERVED_REPORT}`]);
    }),
  );
  results.push(
    await step("browser tests", async () => {
      if (!build.ok) throw new StartupError("Browser tests skipped: the build failed.", "Fix the build first.");
      if (!resolveChromium()) throw new StartupError("Browser tests cannot run.", MISSING_BROWSER_FIX);
      return run(npx, ["playwright", "test"]);
    }),
  );

  console.log("\n=== summary ===");
  for (const result of results) console.log(`${result.ok ? "ok  " : "FAIL"}  ${result.name} (${result.seconds} s)`);
  const counts = readCounts();
  // Belt and braces: a runner that exits 0 with failed tests still fails the run.
  const allOk = results.every((result) => result.ok) && counts.failed === 0;
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return allOk ? 0 : 1;
}

main().then((code) => process.exit(code));
