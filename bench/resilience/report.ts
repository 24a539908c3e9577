import type { TAttempt, TLoadResult, TOutcome } from "./check-in-load";
import type { TOutageTimeline, TProbe } from "./outage";
import { describeView, type TPageView } from "./page-probe";
import type { TCheck } from "./verify-stored";

export interface TRunFacts {
  patients: number;
  load: TLoadResult;
  timeline: TOutageTimeline;
  probes: TProbe[];
  stored: TCheck[];
  /** The server process that served the whole run is still the one started, and running. */
  sameServer: boolean;
  healthAfter: number;
  /** The dashboard once the database is back. */
  pageAfter: TPageView;
  serverLog: readonly string[];
  /** A 503 sent this long after PostgreSQL is back means the app did not recover. */
  recoveryLimitMs: number;
}

const seconds = (ms: number | undefined) => (ms === undefined ? "?" : `${(ms / 1000).toFixed(1)} s`);

/** The PASS/FAIL report: counts, then each check with ✓ or ✗. */
export function buildReport(facts: TRunFacts): { lines: string[]; pass: boolean } {
  const { load, timeline } = facts;
  const attempts = load.attempts;
  const count = (outcome: TOutcome, within: TAttempt[] = attempts) => within.filter((attempt) => attempt.outcome === outcome).length;
  const end = (attempt: TAttempt) => attempt.sentAt + attempt.ms;
  const backAt = timeline.backAt ?? Number.POSITIVE_INFINITY;
  const duringOutage = attempts.filter((attempt) => timeline.stopAt !== undefined && end(attempt) >= timeline.stopAt && attempt.sentAt <= backAt);
  const acknowledged = load.submissions.filter((submission) => submission.acknowledged);
  const edits = acknowledged.filter((submission) => !submission.acknowledged!.created).length;
  const firstAckAfter = Math.min(...attempts.filter((attempt) => attempt.outcome === "acknowledged" && end(attempt) >= backAt).map(end));
  const recoverMs = Number.isFinite(firstAckAfter) ? firstAckAfter - backAt : undefined;
  const late503s = attempts.filter((attempt) => attempt.outcome === "unavailable" && attempt.sentAt > backAt + facts.recoveryLimitMs).length;
  const acksBefore = attempts.filter((attempt) => attempt.outcome === "acknowledged" && timeline.stopAt !== undefined && end(attempt) < timeline.stopAt).length;
  const acksAfter = attempts.filter((attempt) => attempt.outcome === "acknowledged" && attempt.sentAt >= backAt).length;
  const slowest = Math.max(0, ...attempts.map((attempt) => attempt.ms));
  const problems = attempts.filter((attempt) => !["acknowledged", "unavailable"].includes(attempt.outcome));
  const abandoned = load.submissions.filter((submission) => submission.abandoned);
  const serverFailures = facts.serverLog.filter((line) => / failed:/.test(line));

  const checks: TCheck[] = [
    { ok: acksBefore > 0, text: `the load ran before the outage (${acksBefore} acknowledged)` },
    { ok: timeline.error === undefined && timeline.backAt !== undefined, text: `PostgreSQL stopped and started again${timeline.error ? `: ${timeline.error}` : ""}` },
    { ok: count("unavailable", duringOutage) > 0, text: `the outage was seen: ${count("unavailable", duringOutage)} answers 503 database_unavailable while it lasted` },
    { ok: count("unclear-503") === 0, text: `every 503 had the clear message and Retry-After (${count("unclear-503")} without)` },
    { ok: count("server-error") === 0, text: `no 500 or other server error (${count("server-error")})` },
    { ok: count("hang") === 0, text: `no request hung (> 10 s) (${count("hang")}); slowest answer ${seconds(slowest)}` },
    { ok: count("network") === 0 && count("refused") === 0, text: `no dropped connection (${count("network")}) and no refusal (${count("refused")})` },
    ...facts.probes.map((probe) => ({ ok: probe.ok, text: `during the outage ${probe.what}: ${probe.seen}` })),
    { ok: abandoned.length === 0, text: `every submission was acknowledged in the end (${abandoned.length} not)` },
    { ok: load.resendMismatches.length === 0, text: `re-sent acknowledged submissions were answered with the same check-in (${load.resendMismatches.length} not)` },
    {
      ok: facts.sameServer && acksAfter > 0 && late503s === 0 && facts.healthAfter === 200,
      text: `the app recovered without a restart: same server process, ${acksAfter} acknowledged after the outage, ` +
        `${late503s} 503s later than ${seconds(facts.recoveryLimitMs)} after it, /api/health ${facts.healthAfter} at the end`,
    },
    {
      ok: facts.pageAfter.status === 200 && !facts.pageAfter.errorPage && !facts.pageAfter.internals,
      text: `after the outage the /dashboard page: ${describeView(facts.pageAfter)}`,
    },
    ...facts.stored,
  ];
  const pass = checks.every((check) => check.ok);

  const lines = [
    "",
    "BackTrack resilience: check-ins while PostgreSQL stops and starts",
    `  patients checking in          ${facts.patients}`,
    `  load                          ${seconds(Math.max(0, ...attempts.map(end)))}; PostgreSQL stopped at ${seconds(timeline.stopAt)} ` +
      `(down after ${seconds((timeline.stoppedAt ?? 0) - (timeline.stopAt ?? 0))}), started again at ${seconds(timeline.startAt)}, ` +
      `accepting connections at ${seconds(timeline.backAt)}`,
    `  logical submissions           ${load.submissions.length} (${acknowledged.length} acknowledged; ${edits} of them edits of a day already checked in)`,
    `  requests sent                 ${attempts.length}`,
    `  acknowledged answers (200)    ${count("acknowledged")}`,
    `  503 database_unavailable      ${count("unavailable")} (${count("unavailable", duringOutage)} during the outage)`,
    `  retries with the same key     ${attempts.filter((attempt) => attempt.retry).length}`,
    `  re-sends of acknowledged      ${attempts.filter((attempt) => attempt.resend && !attempt.retry).length}`,
    `  500s / other errors / hangs   ${count("server-error")} / ${count("refused") + count("network") + count("unclear-503")} / ${count("hang")}`,
    `  time to recover               ${seconds(recoverMs)} from PostgreSQL accepting connections to the next acknowledged check-in`,
    `  server log                    ${facts.serverLog.filter((line) => line.includes("database unavailable")).length} "database unavailable" lines, ${serverFailures.length} failures`,
    "",
    ...checks.map((check) => `  ${check.ok ? "✓" : "✗"} ${check.text}`),
    ...(problems.length ? ["", "  First problems:", ...problems.slice(0, 5).map((attempt) => `    ${seconds(attempt.sentAt)} ${attempt.outcome} ${attempt.detail ?? ""}`)] : []),
    ...(serverFailures.length ? ["", "  Server failures:", ...serverFailures.slice(0, 5).map((line) => `    ${line}`)] : []),
    "",
    pass ? "PASS" : "FAIL",
  ];
  return { lines, pass };
}
