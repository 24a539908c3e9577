import pino, { type DestinationStream, type Logger } from "pino";

export type TLogger = Logger;

/**
 * One JSON object per line on stdout, for a log collector to parse: ISO time,
 * the level as a word, the message in `msg`. What goes in is the caller's
 * choice, so callers pass ids, codes and counts, never what a person typed:
 * no names, emails, notes or scores (a test scans a real journey's log for them).
 */
export function createLogger(destination?: DestinationStream): TLogger {
  const options = {
    base: { service: "backtrack" },
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options, pino.destination({ fd: 1, sync: true }));
}

// One logger per process, shared by the production server and the app code it serves.
const globalForLogger = globalThis as typeof globalThis & { backtrackLogger?: TLogger };

export function getLogger(): TLogger {
  globalForLogger.backtrackLogger ??= createLogger();
  return globalForLogger.backtrackLogger;
}
