import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { todayIn } from "../lib/dates/calendar-date";
import { figuresFrom, type TLoadFigures } from "./load-figures";
import { LIST_FILTER, type TScenarioKey } from "./scenarios";
import type { TSession } from "./sign-in";

/*
 * The app's side of each scenario: HTTP requests against the production
 * server with autocannon, each carrying a signed-in user's session cookie.
 * Requests rotate over the sessions given (clinicians for the list, many
 * patients for check-ins). Latencies are taken from autocannon's per-response
 * event (float ms, so p95 can be read; autocannon's own table stops at p90 and
 * p97.5).
 */

export interface TSignedInPatient {
  id: string;
  timeZone: string;
  session: TSession;
}

export interface TAppScenarioContext {
  baseUrl: string;
  clinicians: TSession[];
  /** The patient whose trend is read (a year of check-ins), signed in. */
  trendPatient: TSignedInPatient;
  /** The patients who submit check-ins. */
  checkInPatients: TSignedInPatient[];
  search: string;
}

interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

type RequestFactory = () => HttpRequest;

function rotating<T>(items: readonly T[]): () => T {
  let index = 0;
  return () => items[index++ % items.length]!;
}

/** Today in a time zone, recomputed at most once a second (Intl formatting is not free at thousands a second). */
function todayCache(): (timeZone: string) => string {
  const cache = new Map<string, { at: number; today: string }>();
  return (timeZone) => {
    const now = Date.now();
    const hit = cache.get(timeZone);
    if (hit && now - hit.at < 1000) return hit.today;
    const today = todayIn(timeZone, new Date(now));
    cache.set(timeZone, { at: now, today });
    return today;
  };
}

export function requestFactory(key: TScenarioKey, context: TAppScenarioContext): RequestFactory {
  const clinician = rotating(context.clinicians);
  const get = (path: string, session: () => TSession): RequestFactory => () => ({ method: "GET", path, headers: { cookie: session().cookie } });
  const trendPath = `/api/v1/patients/${encodeURIComponent(context.trendPatient.id)}/trend`;
  switch (key) {
    case "signed-in-floor":
      return get("/api/v1/me", clinician);
    case "list-first-page":
      return get("/api/v1/patients", clinician);
    case "list-filtered":
      return get(`/api/v1/patients?${new URLSearchParams(LIST_FILTER).toString()}`, clinician);
    case "list-search":
      return get(`/api/v1/patients?${new URLSearchParams({ q: context.search }).toString()}`, clinician);
    case "trend-clinician":
      return get(trendPath, clinician);
    case "trend-patient":
      return get(trendPath, () => context.trendPatient.session);
    case "check-in": {
      const patient = rotating(context.checkInPatients);
      const today = todayCache();
      let painNow = 0;
      return () => {
        const { id, timeZone, session } = patient();
        painNow = (painNow + 3) % 11;
        return {
          method: "POST",
          path: `/api/v1/patients/${encodeURIComponent(id)}/check-ins`,
          headers: { cookie: session.cookie, origin: context.baseUrl, "content-type": "application/json" },
          body: JSON.stringify({
            date: today(timeZone),
            painNow,
            painAreas: ["LOWER_BACK"],
            activityMinutes: 30,
            sleepDisturbed: painNow > 6,
            note: "Load test",
            requestId: randomUUID(),
          }),
        };
      };
    }
  }
}

/** One autocannon run: `seconds` long, `connections` at once, each request from `next`. */
function cannon(baseUrl: string, connections: number, seconds: number, next: RequestFactory): Promise<TLoadFigures> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let firstError: string | undefined;
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => ({ ...request, ...next() }),
            onResponse: (status, body) => {
              if ((status < 200 || status > 299) && firstError === undefined) firstError = `HTTP ${status}: ${body.slice(0, 300)}`;
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]));
        resolve(
          figuresFrom({
            latencies,
            requests: result.requests.total,
            durationSeconds: result.duration,
            non2xx: result.non2xx,
            errors: result.errors,
            statusCodes,
            firstError,
          }),
        );
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode <= 299) latencies.push(responseTime);
    });
  });
}

/**
 * One request of the scenario, sent with fetch before the load: it must
 * succeed (a scenario of 401s would measure nothing), and it says what the
 * scenario works on: the list's number of matches, the trend's daily points.
 */
export async function probeAppScenario(key: TScenarioKey, context: TAppScenarioContext): Promise<string> {
  const request = requestFactory(key, context)();
  const response = await fetch(`${context.baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { total?: number; episode?: { daily: unknown[] } | null; role?: string };
  const size = `a ${(Buffer.byteLength(text) / 1000).toFixed(1)} kB answer`;
  if (typeof body.total === "number") return `${body.total} matching patients, ${size}`;
  if (body.role) return `signed in as a ${body.role.toLowerCase()}, ${size}`;
  if (body.episode !== undefined) return `${body.episode?.daily.length ?? 0} check-ins since onset, ${size}`;
  return `${context.checkInPatients.length} patients taking turns, ${size}`;
}

export async function runAppScenario(
  key: TScenarioKey,
  context: TAppScenarioContext,
  options: { connections: number; durationSeconds: number; warmupSeconds: number },
): Promise<TLoadFigures> {
  const next = requestFactory(key, context);
  // Warm-up first (route code loaded, pools filled, JIT warm), not counted.
  if (options.warmupSeconds > 0) await cannon(context.baseUrl, options.connections, options.warmupSeconds, next);
  return cannon(context.baseUrl, options.connections, options.durationSeconds, next);
}
