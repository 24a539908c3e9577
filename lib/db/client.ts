import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { getEnv } from "../config/env";
import { onShutdown } from "../lifecycle/shutdown";
import { PrismaClient } from "./generated/client";

export type TDatabase = PrismaClient;

export type TPoolSettings = Omit<PoolConfig, "connectionString">;

export function createDatabaseClient(connectionString: string, pool: TPoolSettings = {}): TDatabase {
  // Minimal: the default error format prints the failing query with its arguments (names, notes) into every log.
  return new PrismaClient({ adapter: new PrismaPg({ ...pool, connectionString }), errorFormat: "minimal" });
}

/**
 * The web server's pool. pg waits forever by default, both for a new
 * connection and for a free one from the pool: while PostgreSQL is away or
 * swamped, requests would hang. With a limit they fail fast and the API answers
 * 503 (lib/db/database-unavailable.ts); the pool reconnects on its own once the
 * database is back. Scripts (seed, benchmarks) keep pg's defaults: they may
 * queue many queries on purpose.
 */
export const APP_POOL_SETTINGS = {
  /** A new connection, or a free one from the pool, within this long. */
  connectionTimeoutMillis: 5_000,
  /** TCP keep-alive notices a server that vanished without closing its sockets. */
  keepAlive: true,
} satisfies TPoolSettings;

// One client per server process; dev-mode hot reload would otherwise leak pools.
const globalForDb = globalThis as typeof globalThis & { backtrackDb?: TDatabase };

/** The application's client, on DATABASE_URL (which `npm start` sets for the server it launches). */
export function getDb(): TDatabase {
  if (!globalForDb.backtrackDb) {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start` or `npm run dev`.");
    const db = createDatabaseClient(url, APP_POOL_SETTINGS);
    globalForDb.backtrackDb = db;
    onShutdown("database pool", async () => {
      await db.$disconnect();
      if (globalForDb.backtrackDb === db) globalForDb.backtrackDb = undefined;
    });
  }
  return globalForDb.backtrackDb;
}
