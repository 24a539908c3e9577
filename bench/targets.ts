import type { TBuildJs, TDashboardJs } from "./dashboard-js-size";
import { formatMs, type TLoadFigures } from "./load-figures";
import type { TScenarioSpec } from "./scenarios";

/*
 * Issue 8's targets on a 2-core machine, each checked against what this run
 * measured: PASS, MISS, or not measured (null).
 */

export const TARGETS = {
  listP95Ms: 100,
  trendP95Ms: 50,
  checkInsPerSecond: 500,
  dashboardJsGzipBytes: 150_000,
  connections: 16,
} as const;

export interface TTargetCheck {
  target: string;
  measured: string;
  pass: boolean | null;
}

export interface TScenarioOutcome {
  spec: TScenarioSpec;
  app: TLoadFigures;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The dashboard's JavaScript is judged on the browser's figure, else on the build manifests'. */
export function checkTargets(outcomes: TScenarioOutcome[], dashboardJs: TDashboardJs | null, buildJs: TBuildJs | null, connections: number): TTargetCheck[] {
  const at = connections === TARGETS.connections ? `at ${connections} concurrent` : `at ${connections} concurrent (target is set at ${TARGETS.connections})`;
  const checks: TTargetCheck[] = outcomes.flatMap(({ spec, app }): TTargetCheck[] => {
    switch (spec.target) {
      case null:
        return [];
      case "list":
        return [{ target: `${spec.title}: p95 <= ${TARGETS.listP95Ms} ms ${at}`, measured: `p95 ${formatMs(app.p95)}`, pass: app.p95 <= TARGETS.listP95Ms }];
      case "trend":
        return [{ target: `${spec.title}: p95 <= ${TARGETS.trendP95Ms} ms ${at}`, measured: `p95 ${formatMs(app.p95)}`, pass: app.p95 <= TARGETS.trendP95Ms }];
      case "check-in": {
        const failed = app.non2xx + app.errors;
        return [
          {
            target: `${spec.title}: >= ${TARGETS.checkInsPerSecond}/s with zero errors ${at}`,
            measured: `${app.requestsPerSecond.toFixed(0)}/s, ${failed} failed`,
            pass: app.requestsPerSecond >= TARGETS.checkInsPerSecond && failed === 0,
          },
        ];
      }
    }
  });
  const js = dashboardJs
    ? { gzipBytes: dashboardJs.gzipBytes, rawBytes: dashboardJs.rawBytes, files: dashboardJs.scripts.length, source: "in Chromium" }
    : buildJs && { gzipBytes: buildJs.gzipBytes, rawBytes: buildJs.rawBytes, files: buildJs.files.length, source: "from the build manifests" };
  checks.push({
    target: `JavaScript loaded by the patient dashboard <= ${kB(TARGETS.dashboardJsGzipBytes)} gzipped`,
    measured: js ? `${kB(js.gzipBytes)} gzipped (${kB(js.rawBytes)} raw, ${js.files} files, ${js.source})` : "not measured",
    pass: js ? js.gzipBytes <= TARGETS.dashboardJsGzipBytes : null,
  });
  return checks;
}

export const verdict = (pass: boolean | null) => (pass === null ? "NOT MEASURED" : pass ? "PASS" : "MISS");
