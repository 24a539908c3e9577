import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { TAppUnderTest } from "./app-under-test";
import type { THttpSession } from "./http-session";
import { describeView, type TPageView } from "./page-probe";

export interface TOutageTimeline {
  /** ms since the load began: stop requested, stopped, start requested, accepting connections again. */
  stopAt?: number;
  stoppedAt?: number;
  startAt?: number;
  backAt?: number;
  error?: string;
}

export interface TProbe {
  what: string;
  ok: boolean;
  seen: string;
}

/**
 * Stops PostgreSQL `afterMs` into the load, looks at the app from outside
 * halfway through the outage (health, a read, a page), and starts PostgreSQL
 * again (same folder, same port) `lengthMs` after the stop began.
 */
export async function runOutage(options: {
  app: TAppUnderTest;
  session: THttpSession;
  patientId: string;
  startedAt: number;
  afterMs: number;
  lengthMs: number;
  readMessage: string;
  viewPage: (pathname: string) => Promise<TPageView>;
}): Promise<{ timeline: TOutageTimeline; probes: TProbe[] }> {
  const clock = () => performance.now() - options.startedAt;
  const timeline: TOutageTimeline = {};
  let probes: TProbe[] = [];
  try {
    await sleep(Math.max(0, options.afterMs - clock()));
    timeline.stopAt = clock();
    await options.app.stopDatabase();
    timeline.stoppedAt = clock();
    await sleep(Math.max(0, timeline.stopAt + options.lengthMs / 2 - clock()));
    probes = await probeDuringOutage(options);
    await sleep(Math.max(0, timeline.stopAt + options.lengthMs - clock()));
    timeline.startAt = clock();
    await options.app.startDatabase();
    timeline.backAt = clock();
  } catch (error) {
    timeline.error = error instanceof Error ? error.message : String(error);
  }
  return { timeline, probes };
}

async function probeDuringOutage(options: {
  app: TAppUnderTest;
  session: THttpSession;
  patientId: string;
  readMessage: string;
  viewPage: (pathname: string) => Promise<TPageView>;
}): Promise<TProbe[]> {
  const health = await fetch(`${options.app.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
  const healthBody = (await health.json().catch(() => null)) as { database?: string } | null;

  const read = await options.session.request(`/api/v1/patients/${options.patientId}/check-ins`);
  const readBody = (await read.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;

  const page = await options.viewPage("/dashboard");

  return [
    { what: "GET /api/health", ok: health.status === 503 && healthBody?.database === "unreachable", seen: `${health.status} database: ${healthBody?.database}` },
    {
      what: "GET /api/v1/patients/{id}/check-ins",
      ok: read.status === 503 && readBody?.error?.code === "database_unavailable" && readBody.error.message === options.readMessage && read.headers.has("retry-after"),
      seen: `${read.status} ${readBody?.error?.code} "${readBody?.error?.message}" Retry-After: ${read.headers.get("retry-after")}`,
    },
    // Without a browser only "no internals" can be checked.
    { what: "the /dashboard page", ok: !page.internals && (page.errorPage || !page.rendered), seen: describeView(page) },
  ];
}
