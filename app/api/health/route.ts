import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { healthEndpoint } from "@/lib/health/health-endpoint";

export const dynamic = "force-dynamic";

export const GET = handlePublicEndpoint(healthEndpoint, async () => {
  const health = await checkHealth(getDb);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
