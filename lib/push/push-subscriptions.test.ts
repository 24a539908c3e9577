import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TViewer } from "../auth/viewer-types";
import { parseEnv } from "../config/env";
import { InvalidInputError } from "../errors/domain-errors";
import { fakeBrowser } from "../../tools/testing/push-endpoint";
import { useTestDatabase } from "../../tools/testing/test-database";
import { deviceLabel } from "./device-label";
import { ZPushSubscriptionInput } from "./push-input";
import { countPushSubscriptions, MAX_SUBSCRIPTIONS_PER_USER, subscribeToPush, unsubscribeFromPush } from "./push-subscriptions";

const DEMO = parseEnv({});
const LIVE = parseEnv({ BACKTRACK_MODE: "live" });
const ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";

describe("push subscriptions: each person manages their own browsers", () => {
  const database = useTestDatabase();
  let maria: TViewer;
  let james: TViewer;

  beforeAll(async () => {
    const clinic = await database.db.clinic.create({ data: { name: "Riverside Spine Clinic", slug: "subs-riverside" } });
    const person = async (email: string): Promise<TViewer> => {
      const user = await database.db.user.create({ data: { email, name: email, role: "PATIENT", clinicId: clinic.id } });
      return { userId: user.id, role: "PATIENT", clinicId: clinic.id, name: email, email, sessionId: "s", ip: "203.0.113.7", userAgent: ANDROID_CHROME };
    };
    maria = await person("subs-maria@example.com");
    james = await person("subs-james@example.com");
  });
  beforeEach(() => database.db.pushSubscription.deleteMany({}));

  it("stores a browser once however often it subscribes, with a device label instead of the user agent", async () => {
    const browser = fakeBrowser("https://fcm.googleapis.com/fcm/send/abc123");
    await subscribeToPush(database.db, maria, { endpoint: browser.endpoint, keys: browser.keys }, DEMO);
    await subscribeToPush(database.db, maria, { endpoint: browser.endpoint, keys: browser.keys }, DEMO);
    const rows = await database.db.pushSubscription.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: maria.userId, p256dh: browser.keys.p256dh, auth: browser.keys.auth, userAgentLabel: "Chrome on Android" });
    expect(await countPushSubscriptions(database.db, maria)).toBe(1);
  });

  it("on a shared phone the browser's subscription goes to whoever turned notifications on last", async () => {
    const browser = fakeBrowser("https://updates.push.services.mozilla.com/wpush/v2/shared");
    await subscribeToPush(database.db, maria, { endpoint: browser.endpoint, keys: browser.keys }, DEMO);
    await subscribeToPush(database.db, james, { endpoint: browser.endpoint, keys: browser.keys }, DEMO);
    expect(await database.db.pushSubscription.findMany({ select: { userId: true } })).toEqual([{ userId: james.userId }]);
  });

  it("unsubscribing removes only the viewer's own subscription", async () => {
    const marias = fakeBrowser("https://web.push.apple.com/maria");
    await subscribeToPush(database.db, maria, { endpoint: marias.endpoint, keys: marias.keys }, DEMO);
    expect(await unsubscribeFromPush(database.db, james, { endpoint: marias.endpoint })).toEqual({ subscribed: false });
    expect(await database.db.pushSubscription.count()).toBe(1);
    await unsubscribeFromPush(database.db, maria, { endpoint: marias.endpoint });
    expect(await database.db.pushSubscription.count()).toBe(0);
    // Again: already gone is not an error.
    expect(await unsubscribeFromPush(database.db, maria, { endpoint: marias.endpoint })).toEqual({ subscribed: false });
  });

  it("keeps at most a handful of browsers per person, dropping the oldest", async () => {
    for (let index = 0; index < MAX_SUBSCRIPTIONS_PER_USER + 2; index++) {
      const browser = fakeBrowser(`https://fcm.googleapis.com/fcm/send/device-${index}`);
      await subscribeToPush(database.db, maria, { endpoint: browser.endpoint, keys: browser.keys }, DEMO);
    }
    const left = await database.db.pushSubscription.findMany({ where: { userId: maria.userId }, select: { endpoint: true } });
    expect(left).toHaveLength(MAX_SUBSCRIPTIONS_PER_USER);
    expect(left.map((row) => row.endpoint)).not.toContain("https://fcm.googleapis.com/fcm/send/device-0");
  });

  it("takes plain http only to this machine and only outside live mode; live mode wants a named https push service", async () => {
    const refusedField = async (endpoint: string, env = DEMO) => {
      const browser = fakeBrowser(endpoint);
      const error = await subscribeToPush(database.db, maria, { endpoint, keys: browser.keys }, env).catch((caught: unknown) => caught);
      return error instanceof InvalidInputError ? Object.keys(error.fields) : [];
    };
    expect(await refusedField("http://127.0.0.1:4000/push/1")).toEqual([]);
    expect(await refusedField("http://localhost:4000/push/2")).toEqual([]);
    expect(await refusedField("http://push.example.com/push/3")).toEqual(["endpoint"]);
    expect(await refusedField("http://127.0.0.1:4000/push/4", LIVE)).toEqual(["endpoint"]);
    expect(await refusedField("https://10.0.0.5/push/5", LIVE)).toEqual(["endpoint"]);
    expect(await refusedField("https://user:pw@fcm.googleapis.com/push/6", LIVE)).toEqual(["endpoint"]);
    expect(await refusedField("https://fcm.googleapis.com/fcm/send/7", LIVE)).toEqual([]);
    expect(await database.db.pushSubscription.count()).toBe(3);
  });

  it("refuses keys that are not a browser's: wrong size, or not a point on P-256", async () => {
    const browser = fakeBrowser("https://fcm.googleapis.com/fcm/send/keys");
    const parse = (keys: Record<string, string>) => ZPushSubscriptionInput.safeParse({ endpoint: browser.endpoint, keys });
    expect(parse(browser.keys).success).toBe(true);
    expect(parse({ ...browser.keys, auth: "c2hvcnQ" }).error?.issues[0]?.path).toEqual(["keys", "auth"]);
    expect(parse({ ...browser.keys, p256dh: browser.keys.p256dh.slice(0, 40) }).error?.issues[0]?.path).toEqual(["keys", "p256dh"]);
    expect(ZPushSubscriptionInput.safeParse({ endpoint: "ftp://push.example/1", keys: browser.keys }).error?.issues[0]?.path).toEqual(["endpoint"]);
    const offCurve = `B${"A".repeat(86)}`;
    const error = await subscribeToPush(database.db, maria, { endpoint: browser.endpoint, keys: { ...browser.keys, p256dh: offCurve } }, DEMO).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fields).toHaveProperty(["keys.p256dh"]);
    expect(await database.db.pushSubscription.count()).toBe(0);
  });
});

describe("device labels", () => {
  it("names the browser and system, nothing more", () => {
    expect(deviceLabel(ANDROID_CHROME)).toBe("Chrome on Android");
    expect(deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).toBe("Safari on iPhone");
    expect(deviceLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 Edg/130.0")).toBe("Edge on Windows");
    expect(deviceLabel("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox on Linux");
    expect(deviceLabel("curl/8.0")).toBeNull();
    expect(deviceLabel(null)).toBeNull();
  });
});
