import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DEFAULT_DEMO_PASSWORD } from "../lib/config/env";
import { startAppUnderTest, type TAppUnderTest } from "./resilience/app-under-test";
import { signIn, type THttpSession } from "./resilience/http-session";
import { readServerSentEvents } from "../tools/testing/sse-reader";

/*
 * `npx tsx bench/message-latency.ts`: how long a patient's message takes to
 * reach a clinician's open live stream (issue 18). The production build on
 * its own embedded PostgreSQL (.data/message-latency, deleted afterwards);
 * Lee keeps `GET /api/v1/messages/events` open while Maria sends messages one
 * after another; each is timed from the start of her POST to the event naming
 * the conversation on Lee's stream. Measured here, never asserted in tests.
 *   MESSAGE_BENCH_COUNT (25: under the 30-a-minute sending limit)
 */
const COUNT = Number(process.env.MESSAGE_BENCH_COUNT ?? 25);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

let app: TAppUnderTest | undefined;

async function main(): Promise<void> {
  app = await startAppUnderTest({ dataDir: ".data/message-latency", port: undefined, demoPassword: DEFAULT_DEMO_PASSWORD });
  const patient: THttpSession = await signIn(app.baseUrl, "maria@riverside.example", DEFAULT_DEMO_PASSWORD);
  const clinician: THttpSession = await signIn(app.baseUrl, "lee@riverside.example", DEFAULT_DEMO_PASSWORD);
  const started = await (await patient.request("/api/v1/conversations", { method: "POST", body: JSON.stringify({ body: "Latency bench", requestId: randomUUID() }), headers: { "content-type": "application/json" } })).json() as { conversationId: string };

  const abort = new AbortController();
  const stream = await clinician.request("/api/v1/messages/events", { timeoutMs: 3_600_000 });
  if (!stream.ok) throw new Error(`event stream answered ${stream.status}`);
  let waiting: (() => void) | null = null;
  const reading = readServerSentEvents(
    stream,
    (event) => {
      if (event.name === "conversation" && (JSON.parse(event.data) as { conversationId: string }).conversationId === started.conversationId) waiting?.();
    },
    abort.signal,
  );

  const latencies: number[] = [];
  for (let index = 0; index < COUNT; index += 1) {
    const arrived = new Promise<void>((resolve) => (waiting = resolve));
    const sentAt = performance.now();
    const response = await patient.request(`/api/v1/conversations/${started.conversationId}/messages`, {
      method: "POST",
      body: JSON.stringify({ body: `Message ${index}`, requestId: randomUUID() }),
      headers: { "content-type": "application/json" },
    });
    if (response.status === 429) {
      // 30 a minute per person: wait out the window rather than measure refusals.
      await new Promise((resolve) => setTimeout(resolve, 61_000));
      index -= 1;
      continue;
    }
    if (!response.ok) throw new Error(`send answered ${response.status}`);
    await arrived;
    latencies.push(performance.now() - sentAt);
  }
  abort.abort();
  await reading;
  latencies.sort((a, b) => a - b);
  console.log(`messages: ${latencies.length}; send-to-stream latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${latencies.at(-1)?.toFixed(1)}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => app?.close());
