/*
 * "The database cannot be reached right now" as opposed to a bug or bad input.
 * Found by stopping a real PostgreSQL under Prisma 7 + @prisma/adapter-pg
 * (lib/api/database-outage.test.ts); what each layer throws:
 *  - Prisma with the adapter's DriverAdapterError in `meta.driverAdapterError`:
 *    P1001 "Can't reach database server" (connection refused), or P2010 for raw
 *    queries, whose `cause.kind` says DatabaseNotReachable / ConnectionClosed /
 *    SocketTimeout, or `kind: "postgres"` with the server's SQLSTATE: 57P01
 *    "terminating connection due to administrator command" for queries in flight
 *    when the server stops, 57P03 while it starts up or shuts down.
 *  - Plain errors from pg and pg-pool that the adapter passes on untouched:
 *    "Connection terminated unexpectedly", "Client has encountered a connection
 *    error and is not queryable" (a transaction whose connection died), and
 *    "timeout exceeded when trying to connect" (no pool connection within
 *    connectionTimeoutMillis).
 *  - P2028 "Unable to start a transaction in the given time" (maxWait) when the
 *    pool is exhausted.
 */

/** Prisma's codes for an unreachable, timed-out or overloaded database. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** DriverAdapterError kinds (@prisma/driver-adapter-utils) that mean the connection, not the query, failed. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
/** pg and pg-pool errors without a code. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
];

/**
 * SQLSTATEs of a server that is away: class 08 (connection exception),
 * 57P01-57P03 (shut down by an administrator or a crash, cannot connect now),
 * 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

type ErrorLike = { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; originalCode?: unknown; meta?: unknown; cause?: unknown };

/** True when `error`, or an error it wraps, says PostgreSQL is unreachable, restarting or out of connections. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return related(error).some(saysUnavailable);
}

function saysUnavailable(error: ErrorLike): boolean {
  if (error.name === "PrismaClientInitializationError") return true;
  const code = typeof error.code === "string" ? error.code : undefined;
  if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  // The server's SQLSTATE: in `code` on pg's DatabaseError and on the adapter's `kind: "postgres"` cause.
  if (code && isUnavailableSqlState(code)) return true;
  if (typeof error.originalCode === "string" && isUnavailableSqlState(error.originalCode)) return true;
  return typeof error.message === "string" && DRIVER_MESSAGES.some((pattern) => pattern.test(error.message as string));
}

/** The error and what it wraps (`cause`, Prisma's `meta.driverAdapterError`), a few levels deep. */
function related(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const candidate = error as ErrorLike;
  const meta = typeof candidate.meta === "object" && candidate.meta !== null ? (candidate.meta as { driverAdapterError?: unknown }) : {};
  return [candidate, ...related(candidate.cause, depth + 1), ...related(meta.driverAdapterError, depth + 1)];
}
