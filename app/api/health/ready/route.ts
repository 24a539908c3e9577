import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/api/api-error";
import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { checkReadiness } from "@/lib/health/check-readiness";
import { readinessEndpoint } from "@/lib/health/readiness-endpoint";

export const dynamic = "force-dynamic";

export const GET = handlePublicEndpoint(readinessEndpoint, async () => {
  const readiness = await checkReadiness(getDb);
  const retry: Record<string, string> = readiness.database === "unreachable" ? { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } : {};
  return Response.json(readiness, { status: readiness.status === "ok" ? 200 : 503, headers: { ...retry, "Cache-Control": "no-store" } });
});
