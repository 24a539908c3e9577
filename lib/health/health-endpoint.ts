import { defineEndpoint } from "../api/endpoint-contract";
import { ZHealth } from "./check-health";

export const healthEndpoint = defineEndpoint({
  method: "get",
  path: "/api/health",
  summary: "Readiness: the database answers and no migration is pending",
  tag: "Operations",
  roles: ["public"],
  response: ZHealth,
  otherResponses: { 503: "Not ready: the body's `reason` says why (same shape as 200)." },
});
