import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestIdOf } from "../../lib/http/request-id";
import { captureLog } from "./log-capture";
import { createProductionServer, type TProductionServer } from "./production-server";

describe("the production server's request log", () => {
  const log = captureLog();
  let server: TProductionServer;
  let port = 0;
  beforeAll(async () => {
    server = createProductionServer({
      trustProxyHops: 0,
      logger: log.logger,
      handle: async (request, response) => {
        if (request.url?.startsWith("/hang")) {
          response.write("partial");
          return;
        }
        if (request.url?.startsWith("/fail")) throw new Error('insert failed: Key (email)=(maria@riverside.example) exists, name "Maria Lopez"');
        response.statusCode = request.url?.startsWith("/missing") ? 404 : 200;
        response.end(JSON.stringify({ seenId: requestIdOf(request.headers) }));
      },
    });
    port = await server.listen(0, "127.0.0.1");
  });
  afterAll(() => server.shutdown());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });
  const lineFor = (requestId: string | null) => log.lines().find((line) => line.requestId === requestId && line.msg === "request");

  it("accepts a sane X-Request-Id, hands it to the app, echoes it, and logs one JSON line with it", async () => {
    const response = await get("/patients?q=Maria+Lopez", { "x-request-id": "proxy-id-1234567" });
    expect(response.headers.get("x-request-id")).toBe("proxy-id-1234567");
    expect(await response.json()).toEqual({ seenId: "proxy-id-1234567" });
    const line = lineFor("proxy-id-1234567");
    expect(line).toMatchObject({ level: "info", service: "backtrack", method: "GET", path: "/patients", status: 200 });
    expect(typeof line?.durationMs).toBe("number");
    expect(typeof line?.time).toBe("string");
  });

  it("replaces an id that is not plain text with its own", async () => {
    const response = await get("/missing", { "x-request-id": "bad id with spaces" });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ seenId: id });
    expect(lineFor(id)).toMatchObject({ status: 404, path: "/missing" });
  });

  it("still logs a request the client gave up on, marked as aborted", async () => {
    const response = await get("/hang", { "x-request-id": "gave-up-1234567" });
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log.lines().find((line) => line.requestId === "gave-up-1234567")).toMatchObject({ msg: "request aborted", aborted: true, path: "/hang" });
  });

  it("logs a failure with the request's id and no values from the message", async () => {
    const response = await get("/fail");
    expect(response.status).toBe(500);
    await response.text();
    const id = response.headers.get("x-request-id");
    const failure = log.lines().find((line) => line.requestId === id && line.msg === "request failed");
    expect(failure).toMatchObject({ level: "error", error: { type: "Error" } });
    expect(lineFor(id)).toMatchObject({ status: 500 });
    expect(log.raw.join("\n")).not.toMatch(/maria|Lopez/i);
  });
});
