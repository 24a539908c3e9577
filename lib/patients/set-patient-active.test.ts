import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { createSession, resumeSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import type { TViewer } from "../auth/viewer-types";
import { calendarForToken, createCalendarFeed } from "../calendar/calendar-feeds";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { NotFoundError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { getPatientRecord } from "./get-patient-record";
import { listClinicPatients } from "./list-clinic-patients";
import { setPatientActive } from "./set-patient-active";

const signedIn = vi.hoisted(() => ({ viewer: null as TViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => signedIn.viewer }));

const ORIGIN = "http://localhost:3000";
const tokenOf = (url: string) => /\/api\/v1\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)![1]!;

describe("deactivating a patient's account", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", database.url);
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("ends the sessions and the calendar link at once, blocks sign-in, keeps the record; reactivating lets them in again", async () => {
    const db = database.db;
    const lee = await viewerFor(db, "lee@riverside.example");
    const james = await viewerFor(db, "james@riverside.example");
    const session = await createSession(db, james.userId);
    const feed = tokenOf((await createCalendarFeed(db, james, james.userId, ORIGIN)).url);
    const signIn = () => signInWithPassword(db, { email: james.email, password: "backtrack-demo", ip: "198.51.100.9" }, { sleep: async () => {} });

    expect(await setPatientActive(db, lee, james.userId, false)).toEqual({ active: false });
    expect(await resumeSession(db, session)).toBeNull();
    expect(await calendarForToken(db, feed, ORIGIN)).toBeNull();
    expect((await signIn()).ok).toBe(false);
    expect(await getPatientRecord(db, lee, james.userId)).toMatchObject({ id: james.userId, active: false });
    const list = await listClinicPatients(db, lee, { q: "james" });
    expect(list.patients.find((patient) => patient.id === james.userId)?.active).toBe(false);

    expect(await setPatientActive(db, lee, james.userId, true)).toEqual({ active: true });
    expect((await signIn()).ok).toBe(true);
    // The old link stays off: the patient makes a new one if they want it.
    expect(await calendarForToken(db, feed, ORIGIN)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { patientId: james.userId, action: { startsWith: "patient.account." } }, orderBy: { at: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "patient.account.deactivate", actorId: lee.userId },
      { action: "patient.account.reactivate", actorId: lee.userId },
    ]);
  });

  it("only the patient's own clinic's clinicians may: not the patient, another clinic, or an admin", async () => {
    const db = database.db;
    const maria = await viewerFor(db, "maria@riverside.example");
    for (const email of ["maria@riverside.example", "kim@harbor.example", "admin@riverside.example"]) {
      await expect(setPatientActive(db, await viewerFor(db, email), maria.userId, false)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: maria.userId } })).active).toBe(true);
  });

  it("POST /api/v1/patients/{patientId}/active names a missing field and answers the new state", async () => {
    const db = database.db;
    signedIn.viewer = await viewerFor(db, "lee@riverside.example");
    const aisha = await viewerFor(db, "aisha@riverside.example");
    const { POST } = await import("@/app/api/v1/patients/[patientId]/active/route");
    const call = (body: unknown) =>
      POST(new Request(`${ORIGIN}/api/v1/patients/${aisha.userId}/active`, { method: "POST", headers: { origin: ORIGIN, "content-type": "application/json" }, body: JSON.stringify(body) }), {
        params: Promise.resolve({ patientId: aisha.userId }),
      });
    const bad = await call({ active: "no" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty("active");
    const done = await call({ active: false });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ active: false });
    signedIn.viewer = await viewerFor(db, "kim@harbor.example");
    expect((await call({ active: true })).status).toBe(404);
  });
});
