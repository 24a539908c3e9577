import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/api/api-error";
import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { healthEndpoint } from "@/lib/health/health-endpoint";

export const dynamic = "force-dynamic";

export const GET = handlePublicEndpoint(healthEndpoint, async () => {
  const health = await checkHealth(getDb);
  const retry: Record<string, string> = health.database === "unreachable" ? { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } : {};
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { ...retry, "Cache-Control": "no-store" } });
});
