import { describe, expect, it } from "vitest";
import { captureLog } from "./log-capture";
import { routeConsoleToLog } from "./console-to-log";

describe("console output on the production server", () => {
  it("becomes JSON lines at the right level, with the request's id, errors reduced to safe fields and emails masked", () => {
    const log = captureLog();
    const ignore = (...args: unknown[]) => void args;
    const target = { log: ignore, info: ignore, warn: ignore, error: ignore, debug: ignore };
    routeConsoleToLog(log.logger, () => "req-12345678", target);
    target.warn("Could not email an invitation: 550 rejected james@riverside.example");
    target.error("POST /api/v1/patients failed:", new Error('null value in column "name" violates not-null constraint: "James Carter"'));
    target.log({ count: 3 });
    const [warn, error, info] = log.lines();
    expect(warn).toMatchObject({ level: "warn", requestId: "req-12345678", msg: "Could not email an invitation: 550 rejected …@…" });
    expect(error).toMatchObject({ level: "error", msg: "POST /api/v1/patients failed:", error: { type: "Error" } });
    expect(info).toMatchObject({ level: "info", msg: "{ count: 3 }" });
    expect(log.raw.join("\n")).not.toMatch(/james|Carter/i);
  });
});
