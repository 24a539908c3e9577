import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

export function createDatabaseClient(connectionString: string): Database {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per server process; dev-mode hot reload would otherwise leak pools.
const globalForDb = globalThis as typeof globalThis & { backtrackDb?: Database };

/** The application's client, on DATABASE_URL (which `npm start` sets for the server it launches). */
export function getDb(): Database {
  if (!globalForDb.backtrackDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start` or `npm run dev`.");
    globalForDb.backtrackDb = createDatabaseClient(url);
  }
  return globalForDb.backtrackDb;
}
