import { describe, expect, it, vi } from "vitest";
import { fromBase64Url, readPushState, toBase64Url, turnPushOff, turnPushOn, type TPushBrowser, type TPushServer } from "./browser-push";

const SERVER_KEY = toBase64Url(Uint8Array.from({ length: 65 }, (_, index) => (index === 0 ? 4 : index)));
const OLD_KEY = toBase64Url(Uint8Array.from({ length: 65 }, (_, index) => (index === 0 ? 4 : 200 - index)));

function fakeSubscription(endpoint: string, key: string) {
  return {
    endpoint,
    options: { applicationServerKey: fromBase64Url(key).buffer },
    unsubscribe: vi.fn(async () => true),
    toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: "p", auth: "a" } }),
  };
}

function fakeBrowser(options: { permission?: NotificationPermission; answer?: NotificationPermission; existing?: ReturnType<typeof fakeSubscription> | null; userAgent?: string; push?: boolean } = {}) {
  let current = options.existing ?? null;
  const notification = { permission: options.permission ?? "default", requestPermission: vi.fn(async () => (notification.permission = options.answer ?? "granted")) };
  const pushManager = {
    getSubscription: vi.fn(async () => current),
    subscribe: vi.fn(async ({ applicationServerKey }: { applicationServerKey: Uint8Array }) => (current = fakeSubscription("https://push.example/new", toBase64Url(applicationServerKey)))),
  };
  const registration = { pushManager };
  const serviceWorker = { register: vi.fn(async () => registration), getRegistration: vi.fn(async () => registration) };
  const browser = {
    serviceWorker: options.push === false ? undefined : serviceWorker,
    Notification: options.push === false ? undefined : notification,
    hasPushManager: options.push !== false,
    userAgent: options.userAgent ?? "Mozilla/5.0 (Linux; Android 14) Chrome/130.0",
    standalone: false,
  } as unknown as TPushBrowser;
  return { browser, serviceWorker, pushManager, notification, current: () => current };
}

function fakeServer() {
  return { publicKey: vi.fn(async () => SERVER_KEY), save: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) } satisfies TPushServer;
}

describe("the browser half of push", () => {
  it("reads not supported, needs the Home Screen (iPhone), blocked, on and off from the browser", async () => {
    expect(await readPushState(fakeBrowser({ push: false }).browser)).toBe("unsupported");
    expect(await readPushState(fakeBrowser({ push: false, userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1" }).browser)).toBe("needs-install");
    expect(await readPushState(fakeBrowser({ permission: "denied" }).browser)).toBe("blocked");
    expect(await readPushState(fakeBrowser({ permission: "granted", existing: fakeSubscription("https://push.example/1", SERVER_KEY) }).browser)).toBe("on");
    expect(await readPushState(fakeBrowser({ permission: "default" }).browser)).toBe("off");
  });

  it("turning on asks permission, registers the worker for the whole site, subscribes with the server's key and saves the subscription", async () => {
    const fake = fakeBrowser();
    const server = fakeServer();
    expect(await turnPushOn(fake.browser, server)).toBe("on");
    expect(fake.notification.requestPermission).toHaveBeenCalledOnce();
    expect(fake.serviceWorker.register).toHaveBeenCalledWith("/sw.js", { scope: "/", updateViaCache: "none" });
    expect(toBase64Url(fake.pushManager.subscribe.mock.calls[0]![0].applicationServerKey)).toBe(SERVER_KEY);
    expect(fake.pushManager.subscribe.mock.calls[0]![0]).toMatchObject({ userVisibleOnly: true });
    expect(server.save).toHaveBeenCalledWith({ endpoint: "https://push.example/new", expirationTime: null, keys: { p256dh: "p", auth: "a" } });
  });

  it("a refusal leaves it blocked and subscribes nothing", async () => {
    const fake = fakeBrowser({ answer: "denied" });
    const server = fakeServer();
    expect(await turnPushOn(fake.browser, server)).toBe("blocked");
    expect(fake.pushManager.subscribe).not.toHaveBeenCalled();
    expect(server.save).not.toHaveBeenCalled();
  });

  it("replaces a subscription made with a key the server has since rotated", async () => {
    const old = fakeSubscription("https://push.example/old", OLD_KEY);
    const fake = fakeBrowser({ permission: "granted", existing: old });
    const server = fakeServer();
    await turnPushOn(fake.browser, server);
    expect(old.unsubscribe).toHaveBeenCalledOnce();
    expect(fake.current()?.endpoint).toBe("https://push.example/new");
  });

  it("a subscription made with a rotated-out key reads as off and is dropped", async () => {
    const old = fakeSubscription("https://push.example/old", OLD_KEY);
    expect(await readPushState(fakeBrowser({ permission: "granted", existing: old }).browser, fakeServer())).toBe("off");
    expect(old.unsubscribe).toHaveBeenCalledOnce();
    const current = fakeSubscription("https://push.example/1", SERVER_KEY);
    expect(await readPushState(fakeBrowser({ permission: "granted", existing: current }).browser, fakeServer())).toBe("on");
    expect(current.unsubscribe).not.toHaveBeenCalled();
  });

  it("turning off tells the server first, then drops the browser's subscription", async () => {
    const existing = fakeSubscription("https://push.example/1", SERVER_KEY);
    const fake = fakeBrowser({ permission: "granted", existing });
    const server = fakeServer();
    expect(await turnPushOff(fake.browser, server)).toBe("off");
    expect(server.remove).toHaveBeenCalledWith("https://push.example/1");
    expect(existing.unsubscribe).toHaveBeenCalledOnce();
  });

  it("base64url round-trips key bytes", () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, index) => (index * 37) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });
});
