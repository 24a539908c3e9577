import { generate } from "otplib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { createSession } from "./sessions";
import { confirmTwoFactorSetup, startTwoFactorSetup } from "./two-factor";

/*
 * A "half signed in" session (password given, second step owed) through the
 * real route handlers and page guard: only the cookie's session lookup and the
 * request headers are stood in for.
 */
const request = vi.hoisted(() => ({ sessionId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (request.sessionId ? { sessionId: request.sessionId } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-backtrack-path": "/patients", "user-agent": "vitest" }) }));

const ORIGIN = "http://localhost:3000";
const post = (path: string, body: unknown) =>
  new Request(`${ORIGIN}${path}`, { method: "POST", headers: { origin: ORIGIN, "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a half-signed-in session", () => {
  const database = useTestDatabase();
  let maria = "";
  let staffId = "";

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", database.url);
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-test-secret-test-secret-0000");
    vi.stubEnv("BACKTRACK_MODE", "live");
    await seedDemoData(database.db, { password: "backtrack-demo" });
    maria = (await viewerFor(database.db, "maria@riverside.example")).userId;
    staffId = (await viewerFor(database.db, "lee@riverside.example")).userId;
  });

  it("cannot read patient data: the API answers 401 and pages send it to the second step", async () => {
    request.sessionId = await createSession(database.db, staffId);
    const { GET } = await import("@/app/api/v1/patients/[patientId]/route");
    const response = await GET(new Request(`${ORIGIN}/api/v1/patients/${maria}`), { params: Promise.resolve({ patientId: maria }) });
    expect(response.status).toBe(401);
    const { requirePageViewer } = await import("./viewer");
    await expect(requirePageViewer("CLINICIAN")).rejects.toMatchObject({ digest: expect.stringContaining("/account/two-factor/setup?callbackUrl=%2Fpatients") });
  });

  it("may use the two-factor endpoints, and is fully signed in once it passes", async () => {
    request.sessionId = await createSession(database.db, staffId);
    const setupRoute = await import("@/app/api/v1/account/two-factor/setup/route");
    const setup = (await (await setupRoute.POST(post("/api/v1/account/two-factor/setup", {}))).json()) as { secret: string };
    const confirmRoute = await import("@/app/api/v1/account/two-factor/confirm/route");
    const confirmed = await confirmRoute.POST(post("/api/v1/account/two-factor/confirm", { code: await generate({ secret: setup.secret }) }));
    expect(confirmed.status).toBe(200);
    const { GET } = await import("@/app/api/v1/patients/[patientId]/route");
    expect((await GET(new Request(`${ORIGIN}/api/v1/patients/${maria}`), { params: Promise.resolve({ patientId: maria }) })).status).toBe(200);

    // A new browser of the same person: half signed in again until a code.
    request.sessionId = await createSession(database.db, staffId);
    expect((await GET(new Request(`${ORIGIN}/api/v1/patients/${maria}`), { params: Promise.resolve({ patientId: maria }) })).status).toBe(401);
    const verifyRoute = await import("@/app/api/v1/account/two-factor/verify/route");
    expect((await verifyRoute.POST(post("/api/v1/account/two-factor/verify", { code: "" }))).status).toBe(400);
    const { requirePageViewer } = await import("./viewer");
    await expect(requirePageViewer()).rejects.toMatchObject({ digest: expect.stringContaining("/account/two-factor?callbackUrl=") });
  });

  it("a session that does not owe a step cannot start a new set-up over a working one", async () => {
    const lee = await viewerFor(database.db, "lee@riverside.example");
    await expect(startTwoFactorSetup(database.db, lee)).rejects.toMatchObject({ status: 409 });
    await expect(confirmTwoFactorSetup(database.db, lee, "123456")).rejects.toMatchObject({ status: 409 });
  });
});
