import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckInLoad } from "../../bench/resilience/check-in-load";
import { httpSession, signIn } from "../../bench/resilience/http-session";
import { readServerSentEvents } from "../testing/sse-reader";
import { addLoadPatients } from "../../bench/resilience/load-patients";
import { verifyStored } from "../../bench/resilience/verify-stored";
import { DEFAULT_DEMO_PASSWORD } from "../../lib/config/env";
import { todayIn } from "../../lib/dates/calendar-date";
import { THROTTLE_RULES, throttleKey } from "../../lib/auth/sign-in-throttle";
import { isBuildCurrent } from "../launcher/build-fingerprint";
import { findFreePort } from "../launcher/ports";
import { prepareDatabase } from "../launcher/prepare-database";
import { useTestDatabase } from "../testing/test-database";
import { appInstance, type TAppInstance } from "./app-instance";
import { scanLogs } from "./log-scan";
import { MISSING_NGINX_FIX, findNginx, startNginx, type TNginxProxy } from "./nginx-proxy";
import { attemptSignIn, type TSignInAttempt } from "./sign-in-attempt";

/*
 * The deployment of deploy/compose.yaml without containers: one PostgreSQL,
 * two production servers of the built app on it (TRUST_PROXY_HOPS=1), nginx
 * in front, round-robin. Needs the production build (`npm test` builds first).
 */
const PASSWORD = DEFAULT_DEMO_PASSWORD;
const LOAD_PASSWORD = "cluster-Kestrel-glides-27";
const PATIENT_NOTE = `Walked the dog past the harbour wall ${randomUUID()}`;
const CLINIC_NOTE = `Discussed the new job lifting boxes ${randomUUID()}`;

describe("two instances behind nginx", () => {
  const database = useTestDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), "backtrack-cluster-"));
  let a: TAppInstance;
  let b: TAppInstance;
  let proxy: TNginxProxy;
  /** Everything typed or sent that must never reach a log line. */
  const secrets: string[] = [PATIENT_NOTE, CLINIC_NOTE];

  beforeAll(async () => {
    const nginx = findNginx();
    if (!nginx) throw new Error(MISSING_NGINX_FIX);
    if (!isBuildCurrent()) throw new Error("No current production build: run `npm run build` first (`npm test` builds before this step).");
    await prepareDatabase(database.url, { demoPassword: PASSWORD, appUrl: database.appUrl ?? undefined });
    const ports: number[] = [];
    while (ports.length < 3) {
      const port = await findFreePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const [portA, portB, proxyPort] = ports as [number, number, number];
    const env = {
      DATABASE_URL: database.appUrl ?? database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${proxyPort}`,
      TRUST_PROXY_HOPS: "1",
      SHUTDOWN_GRACE_SECONDS: "1",
    };
    a = appInstance({ name: "a", port: portA, env });
    b = appInstance({ name: "b", port: portB, env });
    await Promise.all([a.start(), b.start()]);
    proxy = await startNginx({ nginx, dir: path.join(dir, "nginx"), listenPort: proxyPort, upstreamPorts: [portA, portB] });
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await proxy?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Which instance wrote the request line with this id. */
  const servedBy = (requestId: string | null | undefined) =>
    [a, b].filter((instance) => instance.lines.some((line) => line.includes(`"requestId":"${requestId}"`) && line.includes('"msg":"request"'))).map((instance) => instance.name);

  it("sends requests to both instances, each answering with the request id nginx passed on", async () => {
    const served: string[] = [];
    for (let index = 0; index < 6; index++) {
      const requestId = `probe-${index}-${randomUUID()}`;
      const response = await fetch(`${proxy.url}/api/health/ready`, { headers: { "x-request-id": requestId } });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-request-id")).toBe(requestId);
      await response.arrayBuffer();
      await waitFor(() => servedBy(requestId).length === 1);
      served.push(...servedBy(requestId));
    }
    expect(new Set(served)).toEqual(new Set(["a", "b"]));
  });

  it("keeps a session made through one instance on the other, and through the proxy", async () => {
    const onA = await signIn(a.url, "maria@riverside.example", PASSWORD);
    const onB = httpSession(b.url, onA.cookies());
    const me = await onB.request("/api/v1/me");
    expect(me.status).toBe(200);
    const { id } = (await me.json()) as { id: string };
    // A write through B with the session made on A.
    const saved = await onB.request(`/api/v1/patients/${id}/check-ins`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ date: todayIn("America/New_York"), painNow: 3, note: PATIENT_NOTE, requestId: randomUUID() }),
    });
    expect(saved.status).toBe(200);
    await saved.arrayBuffer();
    const viaProxy = httpSession(proxy.url, onA.cookies());
    for (let index = 0; index < 4; index++) {
      const again = await viaProxy.request("/api/v1/me");
      expect(again.status).toBe(200);
      await again.arrayBuffer();
    }
  });

  it("holds an account's lock across both instances", async () => {
    const email = "patel@riverside.example";
    const outcomes = [];
    for (let attempt = 0; attempt < THROTTLE_RULES.account.maxFailures; attempt++) {
      outcomes.push((await attemptSignIn(attempt % 2 ? b.url : a.url, { email, password: `wrong-guess-${attempt}-xyz` })).outcome);
    }
    expect(outcomes.slice(0, -1).every((outcome) => outcome === "invalid")).toBe(true);
    expect(outcomes.at(-1)).toBe("locked");
    // The right password now fails on both.
    expect((await attemptSignIn(a.url, { email, password: PASSWORD })).outcome).toBe("locked");
    expect((await attemptSignIn(b.url, { email, password: PASSWORD })).outcome).toBe("locked");
  });

  it("locks the address nginx saw, across both instances, whatever X-Forwarded-For the client wrote", async () => {
    // 127.0.0.2 is another client to nginx: its lock must not shut out 127.0.0.1.
    const guess = (attempt: number) =>
      attemptSignIn(
        proxy.url,
        { email: `guess-${attempt}@nowhere.example`, password: "not-a-password-at-all" },
        { localAddress: "127.0.0.2", forwardedFor: `198.51.100.${attempt}`, requestId: `guess-${attempt}-${randomUUID()}` },
      );
    // All but the last in small concurrent batches (each attempt is counted atomically, so order does not matter), then the last alone.
    const results: TSignInAttempt[] = [];
    const beforeLimit = THROTTLE_RULES.address.maxFailures - 1;
    for (let first = 0; first < beforeLimit; first += 5) {
      results.push(...(await Promise.all(Array.from({ length: Math.min(5, beforeLimit - first) }, (_, index) => guess(first + index)))));
    }
    expect(results.map((result) => result.outcome)).toEqual(Array(beforeLimit).fill("invalid"));
    expect((await guess(beforeLimit)).outcome).toBe("locked");
    await waitFor(() => results.every((result) => servedBy(result.requestId).length === 1));
    expect(new Set(results.flatMap((result) => servedBy(result.requestId)))).toEqual(new Set(["a", "b"]));
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await attemptSignIn(proxy.url, { email: "james@riverside.example", password: PASSWORD }, { localAddress: "127.0.0.2" })).outcome).toBe("locked");
    }
    expect((await attemptSignIn(proxy.url, { email: "james@riverside.example", password: PASSWORD })).outcome).toBe("signed-in");
    const lock = await database.db.signInThrottle.findUnique({ where: { key: throttleKey("address", "127.0.0.2") } });
    expect(lock?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await database.db.signInThrottle.count({ where: { key: { startsWith: "address:198.51.100." } } })).toBe(0);
  });

  it("writes one audit trail from both instances", async () => {
    const lee = await signIn(a.url, "lee@riverside.example", PASSWORD);
    const onB = httpSession(b.url, lee.cookies());
    const maria = await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" }, select: { id: true } });
    const leeId = (await database.db.user.findUniqueOrThrow({ where: { email: "lee@riverside.example" }, select: { id: true } })).id;
    const since = new Date();
    for (const session of [lee, onB]) {
      const response = await session.request(`/api/v1/patients/${maria.id}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const note = await httpSession(proxy.url, lee.cookies()).request(`/api/v1/patients/${maria.id}/notes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: CLINIC_NOTE }),
    });
    expect(note.status).toBeLessThan(300);
    await note.arrayBuffer();
    const events = await database.db.auditEvent.findMany({ where: { actorId: leeId, patientId: maria.id, at: { gte: since } }, select: { action: true } });
    expect(events.filter((event) => event.action === "patient.view")).toHaveLength(2);
    // And the trail reads the same through either instance: B lists A's reading of it, then what A listed.
    const trails: { entries: { action: string }[] }[] = [];
    for (const session of [lee, onB]) {
      const response = await session.request(`/api/v1/patients/${maria.id}/access-log`);
      expect(response.status).toBe(200);
      trails.push((await response.json()) as { entries: { action: string }[] });
    }
    const [throughA, throughB] = trails as [{ entries: { action: string }[] }, { entries: { action: string }[] }];
    expect(throughB.entries[0]?.action).toBe("patient.access-log.view");
    expect(throughB.entries.slice(1)).toEqual(throughA.entries);
  });

  it("delivers a message sent through one instance live to a stream open on the other, and through the proxy unbuffered", async () => {
    const lee = await signIn(b.url, "lee@riverside.example", PASSWORD);
    const maria = await signIn(a.url, "maria@riverside.example", PASSWORD);
    const abort = new AbortController();
    const seen: { via: string; conversationId: string }[] = [];
    const streams = [
      { via: "instance B", session: lee },
      { via: "proxy", session: httpSession(proxy.url, lee.cookies()) },
    ];
    const readers = [];
    for (const { via, session } of streams) {
      const response = await session.request("/api/v1/messages/events", { timeoutMs: 60_000 });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      readers.push(readServerSentEvents(response, (event) => event.name === "conversation" && seen.push({ via, conversationId: (JSON.parse(event.data) as { conversationId: string }).conversationId }), abort.signal));
    }
    const sent = await maria.request("/api/v1/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: "Sent through instance A", requestId: randomUUID() }),
    });
    expect(sent.status).toBe(200);
    const { conversationId } = (await sent.json()) as { conversationId: string };
    await waitFor(() => seen.filter((event) => event.conversationId === conversationId).length === 2, 10_000);
    abort.abort();
    await Promise.all(readers);
    expect(seen.filter((event) => event.conversationId === conversationId).map((event) => event.via).sort()).toEqual(["instance B", "proxy"]);
  });

  it("loses and duplicates nothing while each instance in turn restarts under a steady check-in load", async () => {
    const patients = await addLoadPatients(database.url, 8, LOAD_PASSWORD);
    secrets.push(...patients.map((patient) => patient.email));
    const sessions = [];
    for (const patient of patients) sessions.push({ patient, session: await signIn(proxy.url, patient.email, LOAD_PASSWORD) });
    const startedAt = performance.now();
    const restarts: { name: string; code: number | null; ms: number; readinessWhileDraining: number | null }[] = [];
    const restart = async (instance: TAppInstance) => {
      const stopping = instance.stop();
      // SHUTDOWN_GRACE_SECONDS=1: for that second the instance still serves, but says it is not ready.
      const readiness = await fetch(`${instance.url}/api/health/ready`, { signal: AbortSignal.timeout(2_000) })
        .then(async (response) => ({ status: response.status, body: (await response.json()) as { draining?: boolean } }))
        .catch(() => null);
      const stopped = await stopping;
      restarts.push({ name: instance.name, code: stopped.code, ms: stopped.ms, readinessWhileDraining: readiness?.body.draining ? readiness.status : null });
      await instance.start();
    };
    const [load] = await Promise.all([
      runCheckInLoad({ patients: sessions, durationMs: 25_000, drainMs: 20_000, hangMs: 10_000, resendShare: 0.1, unavailableMessage: "", startedAt }),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        await restart(a);
        await restart(b);
      })(),
    ]);
    secrets.push(...load.submissions.map((submission) => submission.note));

    expect(restarts.map((entry) => [entry.name, entry.code, entry.readinessWhileDraining])).toEqual([
      ["a", 0, 503],
      ["b", 0, 503],
    ]);
    for (const entry of restarts) expect(entry.ms).toBeLessThan(10_000);
    const abandoned = load.submissions.filter((submission) => !submission.acknowledged);
    expect(abandoned.map((submission) => submission.abandoned)).toEqual([]);
    expect(load.resendMismatches).toEqual([]);
    const checks = await verifyStored(
      database.url,
      patients.map((patient) => patient.patientId),
      load.submissions,
    );
    expect(checks.filter((check) => !check.ok).map((check) => check.text)).toEqual([]);
    expect(load.submissions.length).toBeGreaterThan(20);
    // Both restarted processes served check-ins afterwards.
    for (const instance of [a, b]) expect(instance.running()).toBe(true);
  });

  it("logs JSON lines only, with the request fields, and nothing a patient or clinician typed", async () => {
    // A patient's and a clinician's day through the proxy: pages, a search by name, a refused and a missing request.
    const maria = await signIn(proxy.url, "maria@riverside.example", PASSWORD);
    const lee = await signIn(proxy.url, "lee@riverside.example", PASSWORD);
    const mariaId = (await database.db.user.findUniqueOrThrow({ where: { email: "maria@riverside.example" }, select: { id: true } })).id;
    const visits: [typeof maria, string, RequestInit?][] = [
      [maria, "/dashboard"],
      [maria, "/check-in"],
      [maria, "/check-ins"],
      [maria, "/my-plan"],
      [maria, `/api/v1/patients/${mariaId}/check-ins`],
      [maria, `/api/v1/patients/${mariaId}/check-ins`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ date: "not a date", painNow: 11, note: PATIENT_NOTE, requestId: randomUUID() }) }],
      [lee, "/patients?q=Maria%20Lopez&phase=acute"],
      [lee, `/patients/${mariaId}`],
      [lee, `/api/v1/patients/${mariaId}/notes`],
      [lee, "/api/v1/patients/no-such-patient"],
    ];
    const statuses = [];
    for (const [session, pathname, init] of visits) {
      const response = await session.request(pathname, init);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 200, 200, 200, 404]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const demoPeople = await database.db.user.findMany({ where: { role: "PATIENT" }, select: { name: true, email: true } });
    const findings = scanLogs([...a.lines, ...b.lines], [...secrets, ...demoPeople.flatMap((person) => [person.name, person.email])]);
    expect(findings.unparsable).toEqual([]);
    expect(findings.incompleteRequestLines).toEqual([]);
    expect(findings.pathsWithQuery).toEqual([]);
    expect(findings.leaks).toEqual([]);
    expect(findings.requestLines).toBeGreaterThan(100);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
