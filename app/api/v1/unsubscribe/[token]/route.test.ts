import { beforeAll, describe, expect, it, vi } from "vitest";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { makeClinic, makePatient } from "@/tools/testing/notification-fixtures";
import { useTestDatabase } from "@/tools/testing/test-database";
import { GET, POST } from "./route";

describe("one-click unsubscribe route (RFC 8058)", () => {
  const database = useTestDatabase();
  let token = "";
  let patientId = "";

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", database.url);
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-hmac");
    const clinic = await makeClinic(database.db);
    ({ patientId } = await makePatient(database.db, { clinicId: clinic.clinicId, careTeam: [], timeZone: "UTC" }));
    token = unsubscribeToken({ userId: patientId, kind: "CHECK_IN_REMINDER" });
  });

  const url = (value: string) => `https://clinic.example.org/api/v1/unsubscribe/${value}`;
  const context = (value: string) => ({ params: Promise.resolve({ token: value }) });
  const disabled = async () => (await database.db.reminderSettings.findUnique({ where: { userId: patientId }, select: { disabled: true } }))?.disabled ?? [];

  it("a GET changes nothing and redirects to the confirmation page", async () => {
    const response = await GET(new Request(url(token)), context(token));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`https://clinic.example.org/unsubscribe/${token}`);
    expect(await disabled()).toEqual([]);
  });

  it("a POST from the mail provider (another origin, no session) turns that kind of email off", async () => {
    const request = new Request(url(token), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net" },
      body: "List-Unsubscribe=One-Click",
    });
    const response = await POST(request, context(token));
    expect(response.status).toBe(200);
    expect(await disabled()).toEqual(["CHECK_IN_REMINDER:EMAIL"]);
  });

  it("a forged token is refused with a 4xx and changes nothing", async () => {
    const forged = unsubscribeToken({ userId: patientId, kind: "EXERCISE_REMINDER" }, "another-secret-another-secret-another-secret");
    const response = await POST(new Request(url(forged), { method: "POST", body: "List-Unsubscribe=One-Click" }), context(forged));
    expect(response.status).toBe(404);
    const malformed = await POST(new Request(url("nope"), { method: "POST" }), context("nope"));
    expect(malformed.status).toBe(400);
    expect(await disabled()).toEqual(["CHECK_IN_REMINDER:EMAIL"]);
  });
});
