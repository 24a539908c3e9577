import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import type { TViewer } from "../auth/viewer-types";
import { startPushEndpoint, verifyVapidAuthorization, type TPushEndpointServer } from "../../tools/testing/push-endpoint";
import { useTestDatabase } from "../../tools/testing/test-database";
import { PushMessageRefusedError, sendPushToUser } from "./send-push";
import { subscribeToPush } from "./push-subscriptions";
import { getVapidPublicKey, loadVapidKeys, rotateVapidKeys, VapidKeyUnreadableError } from "./vapid-keys";

const APP_SECRET = "s".repeat(40);

describe("web push: keys in the database, encrypted sends to the browser's push service", () => {
  const database = useTestDatabase();
  let pushService: TPushEndpointServer;
  let patient: TViewer;
  let clinician: TViewer;

  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_SECRET", APP_SECRET);
    vi.stubEnv("MAIL_FROM", "Riverside <hello@riverside.example>");
    pushService = await startPushEndpoint();
    const clinic = await database.db.clinic.create({ data: { name: "Riverside Spine Clinic", slug: "push-riverside" } });
    const person = async (email: string, role: "PATIENT" | "CLINICIAN"): Promise<TViewer> => {
      const user = await database.db.user.create({ data: { email, name: email, role, clinicId: clinic.id } });
      return { userId: user.id, role, clinicId: clinic.id, name: email, email, sessionId: "s", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36" };
    };
    patient = await person("push-patient@example.com", "PATIENT");
    clinician = await person("push-clinician@example.com", "CLINICIAN");
  });
  afterAll(async () => {
    await pushService.close();
    vi.unstubAllEnvs();
  });
  beforeEach(async () => {
    await database.db.pushSubscription.deleteMany({});
    pushService.requests.length = 0;
  });

  it("makes the VAPID key pair once, keeps it in one row with the private key sealed, and serves the same public key every time", async () => {
    const [first, second] = await Promise.all([getVapidPublicKey(database.db), getVapidPublicKey(database.db)]);
    expect(first).toBe(second);
    expect(Buffer.from(first, "base64url")).toHaveLength(65);
    const rows = await database.db.pushVapidKeys.findMany();
    expect(rows).toHaveLength(1);
    const keys = await loadVapidKeys(database.db);
    expect(Buffer.from(keys.privateKey, "base64url")).toHaveLength(32);
    expect(rows[0]!.privateKeySealed).not.toContain(keys.privateKey);
    expect(keys.subject).toBe("mailto:hello@riverside.example");
    await expect(loadVapidKeys(database.db, "another-secret-another-secret-another")).rejects.toBeInstanceOf(VapidKeyUnreadableError);
  });

  it("sends the exact message, encrypted with aes128gcm for that browser and signed with the server's VAPID key", async () => {
    const browser = pushService.newBrowser();
    await subscribeToPush(database.db, patient, { endpoint: browser.endpoint, keys: browser.keys });
    const message = { title: "BackTrack", body: "Time for today's check-in", url: "/check-in", tag: "check-in" };
    const now = new Date("2026-12-01T18:00:00Z");
    const results = await sendPushToUser(database.db, patient.userId, message, { ttlSeconds: 3600, urgency: "high", now });

    expect(results).toEqual([expect.objectContaining({ outcome: "sent", statusCode: 201, service: pushService.origin, reason: null })]);
    expect(pushService.requests).toHaveLength(1);
    const request = pushService.requests[0]!;
    expect(request.headers["content-encoding"]).toBe("aes128gcm");
    expect(request.headers["ttl"]).toBe("3600");
    expect(request.headers["urgency"]).toBe("high");
    // The push service sees only ciphertext.
    expect(request.body.toString("latin1")).not.toContain("check-in");
    expect(JSON.parse(browser.decrypt(request.body))).toEqual(message);

    const claims = verifyVapidAuthorization(request.headers.authorization, await getVapidPublicKey(database.db));
    expect(claims.aud).toBe(pushService.origin);
    expect(claims.sub).toBe("mailto:hello@riverside.example");
    const inSeconds = claims.exp - Date.now() / 1000;
    expect(inSeconds).toBeGreaterThan(0);
    expect(inSeconds).toBeLessThanOrEqual(24 * 60 * 60);
    expect((await database.db.pushSubscription.findUniqueOrThrow({ where: { endpoint: browser.endpoint } })).lastSuccessAt).toEqual(now);
  });

  it("a signature by another key does not verify (the check can fail)", async () => {
    const browser = pushService.newBrowser();
    await subscribeToPush(database.db, patient, { endpoint: browser.endpoint, keys: browser.keys });
    await sendPushToUser(database.db, patient.userId, { title: "BackTrack", body: "You have a new message from your clinic", url: "/dashboard" });
    const other = webpush.generateVAPIDKeys().publicKey;
    const header = pushService.requests[0]!.headers.authorization!.replace(/k=.*$/, `k=${other}`);
    expect(() => verifyVapidAuthorization(header, other)).toThrow(/does not verify/);
    const stranger = pushService.newBrowser();
    expect(() => stranger.decrypt(pushService.requests[0]!.body)).toThrow();
  });

  it("sends to every browser of that person and no one else's, and deletes subscriptions the push service says are gone (404/410)", async () => {
    const phone = pushService.newBrowser();
    const laptop = pushService.newBrowser(410);
    const oldTablet = pushService.newBrowser(404);
    const broken = pushService.newBrowser(500);
    const clinicianPhone = pushService.newBrowser();
    for (const browser of [phone, laptop, oldTablet, broken]) await subscribeToPush(database.db, patient, { endpoint: browser.endpoint, keys: browser.keys });
    await subscribeToPush(database.db, clinician, { endpoint: clinicianPhone.endpoint, keys: clinicianPhone.keys });

    const results = await sendPushToUser(database.db, patient.userId, { title: "BackTrack", body: "Time for today's check-in", url: "/check-in" });
    const byOutcome = Object.fromEntries(results.map((result) => [result.statusCode, result.outcome]));
    expect(byOutcome).toEqual({ 201: "sent", 410: "gone", 404: "gone", 500: "failed" });
    expect(results.find((result) => result.outcome === "failed")!.reason).toBe("The push service answered 500.");
    expect(pushService.requests.map((request) => request.path).sort()).toEqual([phone, laptop, oldTablet, broken].map((browser) => new URL(browser.endpoint).pathname).sort());
    const left = await database.db.pushSubscription.findMany({ select: { endpoint: true } });
    expect(left.map((row) => row.endpoint).sort()).toEqual([phone.endpoint, broken.endpoint, clinicianPhone.endpoint].sort());
  });

  it("sends nothing to a deactivated account or a person without subscriptions", async () => {
    expect(await sendPushToUser(database.db, clinician.userId, { title: "BackTrack", body: "A patient needs review: sign in to see who", url: "/patients" })).toEqual([]);
    const browser = pushService.newBrowser();
    await subscribeToPush(database.db, clinician, { endpoint: browser.endpoint, keys: browser.keys });
    await database.db.user.update({ where: { id: clinician.userId }, data: { active: false } });
    try {
      expect(await sendPushToUser(database.db, clinician.userId, { title: "BackTrack", body: "A patient needs review: sign in to see who", url: "/patients" })).toEqual([]);
      expect(pushService.requests).toHaveLength(0);
    } finally {
      await database.db.user.update({ where: { id: clinician.userId }, data: { active: true } });
    }
  });

  it("refuses texts too long for a lock screen and links off this site, before any request", async () => {
    const browser = pushService.newBrowser();
    await subscribeToPush(database.db, patient, { endpoint: browser.endpoint, keys: browser.keys });
    const base = { title: "BackTrack", body: "Time for today's check-in", url: "/check-in" };
    for (const message of [
      { ...base, body: "Your pain went from 3 to 8 this week and your sciatica is worse: the clinic wants to review your leg weakness, numbness and bladder answers today" },
      { ...base, title: "x".repeat(61) },
      { ...base, url: "https://evil.example/" },
      { ...base, url: "//evil.example/" },
      { ...base, tag: "Check In!" },
    ]) {
      await expect(sendPushToUser(database.db, patient.userId, message)).rejects.toBeInstanceOf(PushMessageRefusedError);
    }
    expect(pushService.requests).toHaveLength(0);
  });

  it("rotating the keys replaces the pair and removes every subscription made with the old one", async () => {
    const browser = pushService.newBrowser();
    await subscribeToPush(database.db, patient, { endpoint: browser.endpoint, keys: browser.keys });
    const before = await getVapidPublicKey(database.db);
    const rotated = await rotateVapidKeys(database.db);
    expect(rotated.publicKey).not.toBe(before);
    expect(rotated.subscriptionsRemoved).toBe(1);
    expect(await getVapidPublicKey(database.db)).toBe(rotated.publicKey);
    expect(await database.db.pushSubscription.count()).toBe(0);
  });
});
