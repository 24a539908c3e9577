import type { z } from "zod";
import type { TDatabase } from "../db/client";
import { listMigrationNames } from "../db/migration-names";
import { isDraining } from "../lifecycle/shutdown";
import { checkHealth } from "./check-health";
import type { ZReadiness } from "./readiness-endpoint";

export type TReadiness = z.infer<typeof ZReadiness>;

/**
 * Should a proxy send this instance requests? Not while it is shutting down,
 * not while its database is away, and not while the database lacks a migration
 * this build ships (the code would query columns that are not there yet).
 */
export async function checkReadiness(db: TDatabase | (() => TDatabase), expected: string[] = listMigrationNames()): Promise<TReadiness> {
  const health = await checkHealth(db, expected);
  if (isDraining()) return { ...health, status: "unavailable", draining: true, reason: "Shutting down: finishing the requests in flight." };
  return { ...health, draining: false };
}
