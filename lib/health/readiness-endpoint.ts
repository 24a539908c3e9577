import { defineEndpoint } from "../api/endpoint-contract";
import { ZReadiness } from "./check-readiness";

export const readinessEndpoint = defineEndpoint({
  method: "get",
  path: "/api/health/ready",
  summary: "Readiness for a proxy or orchestrator: not shutting down, the database answers, no migration pending",
  tag: "Operations",
  roles: ["public"],
  response: ZReadiness,
  otherResponses: { 503: "Not ready (shutting down, database away, or a migration pending): `reason` says which (same shape as 200)." },
});
