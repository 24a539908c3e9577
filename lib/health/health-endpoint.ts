import { defineEndpoint } from "../api/endpoint-contract";
import { ZHealth } from "./health-schema";

export const healthEndpoint = defineEndpoint({
  method: "get",
  path: "/api/health",
  summary: "Health: the database answers and no migration is pending (readiness, which also fails while shutting down: /api/health/ready)",
  tag: "Operations",
  roles: ["public"],
  response: ZHealth,
  otherResponses: { 503: "Not ready: the body's `reason` says why (same shape as 200)." },
});
