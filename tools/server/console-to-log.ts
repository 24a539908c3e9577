import { inspect } from "node:util";
import type { TLogger } from "../../lib/logging/logger";
import { safeErrorFields } from "../../lib/logging/safe-error";

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[A-Za-z]{2,}/g;
const TEXT_LIMIT = 1_000;

type TConsoleMethod = "log" | "info" | "warn" | "error" | "debug";
const LEVELS: Record<TConsoleMethod, "info" | "warn" | "error" | "debug"> = { log: "info", info: "info", warn: "warn", error: "error", debug: "debug" };

/**
 * Sends console output (Next's own warnings and failed renders, the app's
 * console.error calls) through the JSON logger, so every line the server writes
 * is one JSON object. Errors go through safeErrorFields (no query arguments);
 * other text has email addresses masked, since a mail server's refusal can quote one.
 */
export function routeConsoleToLog(logger: TLogger, currentRequestId: () => string | undefined, target: Pick<Console, TConsoleMethod> = console): void {
  for (const method of Object.keys(LEVELS) as TConsoleMethod[]) {
    const level = LEVELS[method];
    target[method] = (...args: unknown[]) => {
      const errors = args.filter((arg): arg is Error => arg instanceof Error);
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 3, breakLength: Infinity })))
        .join(" ")
        .replace(EMAIL, "…@…")
        .slice(0, TEXT_LIMIT);
      const requestId = currentRequestId();
      const fields = {
        ...(requestId ? { requestId } : {}),
        ...(errors[0] ? { error: safeErrorFields(errors[0]) } : {}),
      };
      logger[level](fields, text || errors[0]?.name || "(empty)");
    };
  }
}
