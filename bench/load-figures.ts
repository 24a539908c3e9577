import { performance } from "node:perf_hooks";

/*
 * The figures every scenario reports, app or baseline alike: latency
 * percentiles over the successful requests (as autocannon's own table),
 * requests per second over all of them, and what went wrong.
 */

export interface TLoadFigures {
  /** Requests answered (any status) or operations finished (ok or not) in the measured window. */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** Latency of successful requests, ms. */
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Answers with a status outside 2xx (app) / always 0 (baseline). */
  non2xx: number;
  /** Connection errors and timeouts (app) / operations that threw (baseline). */
  errors: number;
  /** Count per status code (app only). */
  statusCodes: Record<string, number>;
  /** The first error message seen, if any. */
  firstError?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function figuresFrom(input: {
  latencies: number[];
  requests: number;
  durationSeconds: number;
  non2xx: number;
  errors: number;
  statusCodes?: Record<string, number>;
  firstError?: string;
}): TLoadFigures {
  const sorted = Float64Array.from(input.latencies).sort();
  const values = Array.from(sorted);
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    requests: input.requests,
    durationSeconds: input.durationSeconds,
    requestsPerSecond: input.requests / input.durationSeconds,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean: values.length ? sum / values.length : Number.NaN,
    max: values.at(-1) ?? Number.NaN,
    non2xx: input.non2xx,
    errors: input.errors,
    statusCodes: input.statusCodes ?? {},
    ...(input.firstError ? { firstError: input.firstError } : {}),
  };
}

/**
 * A closed loop: `connections` workers each run `task` again and again, for
 * a warm-up (not counted) and then `durationSeconds`. What autocannon does
 * over HTTP, for work that is a plain async function.
 */
export async function runClosedLoop(options: {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  task: (worker: number, iteration: number) => Promise<void>;
}): Promise<TLoadFigures> {
  let iteration = 0;
  const run = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    let requests = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async (_, worker) => {
        while (performance.now() < deadline) {
          const begin = performance.now();
          try {
            await options.task(worker, iteration++);
            if (record) latencies.push(performance.now() - begin);
          } catch (error) {
            errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
          }
          requests++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return figuresFrom({ latencies, requests, durationSeconds: elapsed, non2xx: 0, errors, firstError });
  };
  if (options.warmupSeconds > 0) await run(options.warmupSeconds, false);
  return run(options.durationSeconds, true);
}

export const formatMs = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "n/a");

export function describeFigures(figures: TLoadFigures): string {
  const problems = [`non-2xx ${figures.non2xx}`, `errors ${figures.errors}`];
  return (
    `p50 ${formatMs(figures.p50)} · p95 ${formatMs(figures.p95)} · p99 ${formatMs(figures.p99)} · ` +
    `${figures.requestsPerSecond.toFixed(0)} req/s (${figures.requests} in ${figures.durationSeconds.toFixed(1)} s) · ${problems.join(" · ")}` +
    (figures.firstError ? `\n      first error: ${figures.firstError.slice(0, 300)}` : "")
  );
}
