import type { TLogger } from "../../lib/logging/logger";
import { markDraining, runShutdownHooks } from "../../lib/lifecycle/shutdown";
import { safeErrorFields } from "../../lib/logging/safe-error";

export interface TGracefulStopOptions {
  /** Stops accepting connections and resolves once requests in flight are done (or cut off). */
  closeServer: () => Promise<void>;
  /** Next's own clean-up. */
  closeApp: () => Promise<void>;
  /** Serve this long after the signal, readiness failing, before closing the listener. */
  graceMs: number;
  /** Gone by then, however busy: exit(1) if the steps overrun. */
  deadlineMs: number;
  logger: TLogger;
  exit: (code: number) => void;
  wait?: (ms: number) => Promise<void>;
}

/**
 * SIGTERM's sequence: readiness fails at once; after the grace period no new
 * connections; requests in flight finish; Next closes; then the pool and the
 * other registered resources (lib/lifecycle/shutdown.ts) close; exit 0. Idempotent:
 * Ctrl-C reaches both this process and the launcher, which then sends SIGTERM too.
 */
export function createGracefulStop(options: TGracefulStopOptions): (signal: string) => Promise<void> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let stopping: Promise<void> | undefined;
  return (signal) =>
    (stopping ??= (async () => {
      const began = Date.now();
      setTimeout(() => {
        options.logger.error({ signal, deadlineMs: options.deadlineMs }, "shutdown overran its deadline: exiting");
        options.exit(1);
      }, options.deadlineMs).unref();
      markDraining();
      options.logger.info({ signal, graceMs: options.graceMs }, "shutting down: readiness now fails");
      if (options.graceMs > 0) await wait(options.graceMs);
      await options.closeServer();
      await options.closeApp();
      const closed = await runShutdownHooks();
      for (const hook of closed) {
        if (hook.error) options.logger.error({ hook: hook.name, error: safeErrorFields(hook.error) }, "closing failed");
      }
      options.logger.info({ signal, ms: Date.now() - began, closed: closed.map((hook) => hook.name) }, "stopped");
      options.exit(0);
    })());
}
