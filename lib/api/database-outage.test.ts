import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import type { TViewer } from "../auth/viewer-types";
import { todayIn } from "../dates/calendar-date";
import { APP_POOL_SETTINGS, createDatabaseClient, type TDatabase } from "../db/client";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { removeEmbeddedPostgres, startEmbeddedPostgres, type TRunningPostgres } from "../../tools/db/embedded-postgres";
import { applyPendingMigrations } from "../../tools/db/schema-engine";
import { createDatabaseIfMissing } from "../../tools/launcher/database";
import { viewerFor } from "../../tools/testing/viewers";

/*
 * A real PostgreSQL of this file's own (the shared test server must not be
 * stopped), stopped and started again under the real route handlers. Only the
 * session lookup is replaced: next-auth's cookies are not what is tested here.
 */
const signedIn = vi.hoisted(() => ({ viewer: null as TViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => signedIn.viewer, getTwoFactorViewer: async () => signedIn.viewer }));

const dataDir = path.resolve(`.data/outage-test-${process.pid}`);
const ORIGIN = "http://localhost:3000";
let server: TRunningPostgres;
let db: TDatabase;
let patientId: string;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
  await createDatabaseIfMissing(server.url, "backtrack");
  const url = server.urlFor("backtrack");
  await applyPendingMigrations(url);
  db = createDatabaseClient(url);
  await seedDemoData(db, { password: "backtrack-demo" });
  signedIn.viewer = await viewerFor(db, "maria@riverside.example");
  patientId = signedIn.viewer.userId;
  // The route handlers' own client (getDb) and its pool settings.
  vi.stubEnv("DATABASE_URL", url);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await removeEmbeddedPostgres(dataDir);
});

async function checkInRoute() {
  return import("@/app/api/v1/patients/[patientId]/check-ins/route");
}

async function saveCheckIn(requestId: string): Promise<Response> {
  const { POST } = await checkInRoute();
  const body = { date: todayIn("America/New_York"), painNow: 4, requestId };
  const request = new Request(`${ORIGIN}/api/v1/patients/${patientId}/check-ins`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ patientId }) });
}

async function listCheckIns(): Promise<Response> {
  const { GET } = await checkInRoute();
  return GET(new Request(`${ORIGIN}/api/v1/patients/${patientId}/check-ins`), { params: Promise.resolve({ patientId }) });
}

async function health(): Promise<Response> {
  const { GET } = await import("@/app/api/health/route");
  return GET(new Request(`${ORIGIN}/api/health`));
}

async function fhirObservations(): Promise<Response> {
  const { GET } = await import("@/app/api/fhir/r4/Observation/route");
  return GET(new Request(`${ORIGIN}/api/fhir/r4/Observation?patient=${patientId}`));
}

/** What next-auth hands the sign-in form when the credentials check throws. */
async function signInFailure(): Promise<string> {
  const { authOptions } = await import("@/lib/auth/next-auth-options");
  const provider = authOptions.providers[0] as unknown as { options: { authorize: (credentials: object, request: object) => Promise<unknown> } };
  return provider.options.authorize({ email: "maria@riverside.example", password: "backtrack-demo" }, { headers: {} }).then(
    () => "signed in",
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

describe("when the pool has no connection to give", () => {
  it("a query gives up after the web server's pool timeout (a few seconds), as an outage, instead of hanging", async () => {
    const busy = createDatabaseClient(server.urlFor("backtrack"), { ...APP_POOL_SETTINGS, max: 1 });
    try {
      // Prisma queries start when awaited: `then` starts this one, which holds the only connection.
      const holder = busy.$queryRaw`SELECT pg_sleep(6)::text`.then(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { result: error, ms } = await timed(() => busy.user.count().then(() => null, (caught: unknown) => caught));
      await holder;
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(APP_POOL_SETTINGS.connectionTimeoutMillis - 100);
      expect(ms).toBeLessThan(6_000);
    } finally {
      await busy.$disconnect();
    }
  });
});

describe("while PostgreSQL is down", () => {
  it("the API answers 503 with a clear message at once, and works again when the database is back, without a restart", async () => {
    expect((await saveCheckIn(randomUUID())).status).toBe(200);
    expect((await health()).status).toBe(200);

    const log = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await server.stop();
    const port = server.port;

    const retried = randomUUID();
    const write = await timed(() => saveCheckIn(retried));
    expect(write.result.status).toBe(503);
    expect(write.result.headers.get("retry-after")).toBe("30");
    expect(await write.result.json()).toEqual({
      error: { code: "database_unavailable", message: "BackTrack cannot reach its database right now. Your answers were not saved; try again in a minute." },
    });
    expect(write.ms).toBeLessThan(6_000);

    const read = await listCheckIns();
    expect(read.status).toBe(503);
    expect((await read.json()).error).toEqual({ code: "database_unavailable", message: "BackTrack cannot reach its database right now. Try again in a minute." });

    const fhir = await fhirObservations();
    expect(fhir.status).toBe(503);
    expect(fhir.headers.get("retry-after")).toBe("30");
    expect(await fhir.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "transient" }] });

    // The sign-in form shows "cannot reach its database", not "wrong password" (and never the driver's text).
    expect(await signInFailure()).toBe("database_unavailable");

    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect(log).toHaveBeenCalled();
    log.mockRestore();

    server = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    expect((await health()).status).toBe(200);
    // The retry of the refused submission, with its key, is stored once.
    expect((await saveCheckIn(retried)).status).toBe(200);
    expect((await saveCheckIn(retried)).status).toBe(200);
    expect(await db.checkInSubmission.count({ where: { requestId: retried } })).toBe(1);
    expect((await listCheckIns()).status).toBe(200);
    expect((await fhirObservations()).status).toBe(200);
  });
});
