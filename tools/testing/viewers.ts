import type { TViewer } from "../../lib/auth/viewer-types";
import type { TDatabase } from "../../lib/db/client";

/** The Viewer a signed-in request by `email` would have (tests call lib/ functions as that person). */
export async function viewerFor(db: TDatabase, email: string, sessionId = "test-session"): Promise<TViewer> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, clinicId: true, name: true, email: true } });
  return { userId: user.id, role: user.role, clinicId: user.clinicId, name: user.name, email: user.email, sessionId, ip: "203.0.113.7", userAgent: "vitest" };
}
