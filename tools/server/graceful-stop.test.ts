import { afterEach, describe, expect, it } from "vitest";
import { isDraining, onShutdown, resetLifecycleForTests } from "../../lib/lifecycle/shutdown";
import { captureLog } from "./log-capture";
import { createGracefulStop } from "./graceful-stop";

afterEach(() => resetLifecycleForTests());

describe("the SIGTERM sequence", () => {
  it("fails readiness first, serves through the grace period, then closes the server, Next and the pool, and exits 0", async () => {
    const steps: string[] = [];
    onShutdown("database pool", async () => void steps.push(`pool closed (draining: ${isDraining()})`));
    const exited = new Promise<number>((resolve) => {
      const stop = createGracefulStop({
        closeServer: async () => void steps.push("server closed"),
        closeApp: async () => void steps.push("next closed"),
        graceMs: 2_000,
        deadlineMs: 10_000,
        logger: captureLog().logger,
        wait: async (ms) => void steps.push(`grace ${ms} ms (draining: ${isDraining()})`),
        exit: resolve,
      });
      void stop("SIGTERM");
      void stop("SIGINT");
    });
    expect(await exited).toBe(0);
    expect(steps).toEqual(["grace 2000 ms (draining: true)", "server closed", "next closed", "pool closed (draining: true)"]);
  });

  it("still closes the other resources when one fails, and logs which", async () => {
    const log = captureLog();
    const closed: string[] = [];
    onShutdown("mail transport", async () => {
      throw new Error("smtp gone");
    });
    onShutdown("database pool", async () => void closed.push("pool"));
    const code = await new Promise<number>((resolve) => {
      void createGracefulStop({ closeServer: async () => {}, closeApp: async () => {}, graceMs: 0, deadlineMs: 10_000, logger: log.logger, exit: resolve })("SIGTERM");
    });
    expect(code).toBe(0);
    expect(closed).toEqual(["pool"]);
    expect(log.lines().find((line) => line.msg === "closing failed")).toMatchObject({ hook: "mail transport" });
  });

  it("exits 1 at the deadline when a request never lets go", async () => {
    const log = captureLog();
    const began = Date.now();
    const code = await new Promise<number>((resolve) => {
      void createGracefulStop({ closeServer: () => new Promise(() => undefined), closeApp: async () => {}, graceMs: 0, deadlineMs: 300, logger: log.logger, exit: resolve })("SIGTERM");
    });
    expect(code).toBe(1);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(log.lines().some((line) => line.msg === "shutdown overran its deadline: exiting")).toBe(true);
  });
});
