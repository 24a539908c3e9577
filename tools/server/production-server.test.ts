import { request as httpRequest, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { signInWithPassword } from "../../lib/auth/sign-in";
import { THROTTLE_RULES, throttleKey } from "../../lib/auth/sign-in-throttle";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../../lib/http/client-address";
import { useTestDatabase } from "../testing/test-database";
import { createProductionServer, type TProductionServer, type TRequestHandler } from "./production-server";

const PASSWORD = "backtrack-demo";

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function post(port: number, path: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  return fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }).then(
    async (response) => ({ status: response.status, json: (await response.json()) as Record<string, unknown> }),
  );
}

/** Serves `handle` on a free port of 127.0.0.1 for the file's tests. */
function useServer(options: { trustProxyHops: number; handle: TRequestHandler; shutdownTimeoutMs?: number; responseHeaders?: Record<string, string> }) {
  const state: { server?: TProductionServer; port: number } = { port: 0 };
  beforeAll(async () => {
    state.server = createProductionServer(options);
    state.port = await state.server.listen(0, "127.0.0.1");
  });
  afterAll(() => state.server?.shutdown());
  return state;
}

describe("the trusted client address", () => {
  const echo: TRequestHandler = async (request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ address: clientAddress(request.headers), headers: request.headers[CLIENT_ADDRESS_HEADER] }));
  };
  const direct = useServer({ trustProxyHops: 0, handle: echo, responseHeaders: { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } });
  const proxied = useServer({ trustProxyHops: 1, handle: echo });

  it("replaces a forged header with the socket's address and ignores X-Forwarded-For with no proxy", async () => {
    const answer = await post(direct.port, "/", { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" }, {});
    expect(answer.json).toEqual({ address: "127.0.0.1", headers: "127.0.0.1" });
  });

  it("takes the entry our proxy appended when one proxy is trusted", async () => {
    const answer = await post(proxied.port, "/", { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7, 203.0.113.50" }, {});
    expect(answer.json.address).toBe("203.0.113.50");
  });

  it("adds the configured headers to every response", async () => {
    const response = await fetch(`http://127.0.0.1:${direct.port}/anything`);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    await response.arrayBuffer();
  });
});

describe("forged X-Forwarded-For headers cannot dodge the address lock", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: PASSWORD }));
  // A stand-in for Next's sign-in route: the same address reading and throttle, without a build.
  const signIn: TRequestHandler = async (request, response) => {
    const body = JSON.parse(await readBody(request)) as { email: string; password: string };
    const result = await signInWithPassword(database.db, { ...body, ip: clientAddress(request.headers) }, { sleep: async () => undefined });
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(result.ok ? { ok: true } : { ok: false, reason: result.reason }));
  };
  const direct = useServer({ trustProxyHops: 0, handle: signIn });
  const proxied = useServer({ trustProxyHops: 1, handle: signIn });

  it("locks the real address after 20 failures, whatever each request claims", async () => {
    const attempts = THROTTLE_RULES.address.maxFailures + 5;
    const answers: unknown[] = [];
    for (let attempt = 0; attempt < attempts; attempt++) {
      const forged = { "x-forwarded-for": `198.51.100.${attempt}`, [CLIENT_ADDRESS_HEADER]: `192.0.2.${attempt}` };
      answers.push((await post(direct.port, "/sign-in", forged, { email: `guess${attempt}@example.com`, password: "guessing-again" })).json.reason);
    }
    expect(answers.slice(0, THROTTLE_RULES.address.maxFailures - 1).every((reason) => reason === "invalid")).toBe(true);
    expect(answers.slice(THROTTLE_RULES.address.maxFailures - 1).every((reason) => reason === "locked")).toBe(true);

    const lock = await database.db.signInThrottle.findUnique({ where: { key: throttleKey("address", "127.0.0.1") } });
    expect(lock?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const forgedKeys = await database.db.signInThrottle.count({ where: { OR: [{ key: { startsWith: "address:198.51.100." } }, { key: { startsWith: "address:192.0.2." } }] } });
    expect(forgedKeys).toBe(0);
    // Even the right password, with yet another forged address, is refused until the lock ends.
    const real = await post(direct.port, "/sign-in", { "x-forwarded-for": "203.0.113.1" }, { email: "lee@riverside.example", password: PASSWORD });
    expect(real.json).toEqual({ ok: false, reason: "locked" });
  });

  it("behind one trusted proxy, locks the address that proxy saw, not the forged entries before it", async () => {
    for (let attempt = 0; attempt < THROTTLE_RULES.address.maxFailures + 5; attempt++) {
      await post(proxied.port, "/sign-in", { "x-forwarded-for": `198.51.100.${attempt}, 203.0.113.77` }, { email: `proxy${attempt}@example.com`, password: "guessing-again" });
    }
    const lock = await database.db.signInThrottle.findUnique({ where: { key: throttleKey("address", "203.0.113.77") } });
    expect(lock?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await database.db.signInThrottle.count({ where: { key: { startsWith: "address:198.51.100." } } })).toBe(0);
  });
});

describe("graceful shutdown", () => {
  it("stops accepting, lets a request in flight finish, then closes", async () => {
    let startedRequest: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (startedRequest = resolve));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const server = createProductionServer({
      handle: async (_request, response) => {
        startedRequest();
        await released;
        response.end("finished");
      },
      trustProxyHops: 0,
      shutdownTimeoutMs: 5_000,
    });
    const port = await server.listen(0, "127.0.0.1");
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then((response) => response.text());
    await started;
    let stopped = false;
    const closed = server.shutdown().then(() => void (stopped = true));
    await expect(fetch(`http://127.0.0.1:${port}/new`)).rejects.toThrow();
    expect(stopped).toBe(false);
    release();
    expect(await inFlight).toBe("finished");
    await closed;
    expect(stopped).toBe(true);
  });

  it("cuts off a request that never finishes once the timeout passes", async () => {
    const server = createProductionServer({ handle: () => new Promise(() => undefined), trustProxyHops: 0, shutdownTimeoutMs: 200 });
    const port = await server.listen(0, "127.0.0.1");
    const hanging = new Promise<string>((resolve) => {
      httpRequest({ port, host: "127.0.0.1", path: "/hang" }, () => resolve("answered"))
        .on("error", () => resolve("cut off"))
        .end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const began = Date.now();
    await server.shutdown();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(await hanging).toBe("cut off");
  });
});
