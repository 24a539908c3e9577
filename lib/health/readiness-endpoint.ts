import { defineEndpoint } from "../api/endpoint-contract";
import { z } from "zod";
import { ZHealth } from "./health-schema";

/** The readiness answer; lives with the contract so the contract imports no server code (lib/api/client-safe-contracts.test.ts). */
export const ZReadiness = ZHealth.extend({
  /** True from SIGTERM until the process exits: a proxy should send new requests elsewhere. */
  draining: z.boolean(),
});

export const readinessEndpoint = defineEndpoint({
  method: "get",
  path: "/api/health/ready",
  summary: "Readiness for a proxy or orchestrator: not shutting down, the database answers, no migration pending",
  tag: "Operations",
  roles: ["public"],
  response: ZReadiness,
  otherResponses: { 503: "Not ready (shutting down, database away, or a migration pending): `reason` says which (same shape as 200)." },
});
