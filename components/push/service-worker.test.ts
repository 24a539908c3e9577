import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";

/*
 * public/sw.js, the file browsers run, evaluated in a sandbox whose `self`
 * records what the worker does: the notifications it shows and the windows it
 * focuses or opens. (The browser half runs in e2e/push-notifications.spec.ts.)
 */

const ORIGIN = "https://clinic.example";

type TListener = (event: Record<string, unknown>) => void;
interface TWindowClient {
  url: string;
  focus: () => Promise<TWindowClient>;
}

function loadWorker(windows: string[] = []) {
  const listeners: Record<string, TListener> = {};
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const clients = windows.map((url): TWindowClient => {
    const client: TWindowClient = { url, focus: vi.fn(async () => client) };
    return client;
  });
  const openWindow = vi.fn(async (url: string) => ({ url }));
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: TListener) => (listeners[type] = listener),
    registration: { showNotification: async (title: string, options: Record<string, unknown>) => void shown.push({ title, options }) },
    clients: { matchAll: async () => clients, openWindow, claim: async () => undefined },
    skipWaiting: async () => undefined,
  };
  const fetch = vi.fn(async () => new Response(null));
  runInNewContext(readFileSync("public/sw.js", "utf8"), { self, URL, JSON, fetch });

  async function dispatch(type: string, fields: Record<string, unknown>): Promise<void> {
    const pending: Promise<unknown>[] = [];
    listeners[type]!({ ...fields, waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
  }
  const push = (payload: unknown) =>
    dispatch("push", {
      data: payload === undefined ? null : { json: () => (typeof payload === "string" ? JSON.parse(payload) : payload) },
    });
  const click = (url: unknown) => dispatch("notificationclick", { notification: { data: { url }, close: vi.fn() } });
  return { shown, clients, openWindow, push, click, dispatch, fetch };
}

describe("the service worker", () => {
  it("shows the pushed title, body and tag, with the link kept for the tap", async () => {
    const worker = loadWorker();
    await worker.push({ title: "BackTrack", body: "Time for today's check-in", url: "/check-in", tag: "check-in" });
    expect(worker.shown).toEqual([
      {
        title: "BackTrack",
        options: { body: "Time for today's check-in", tag: "check-in", data: { url: `${ORIGIN}/check-in` }, icon: "/icons/icon-192.png", badge: "/icons/badge-96.png" },
      },
    ]);
  });

  it("shows a plain notice for a push without a readable message (a push must always show something)", async () => {
    const worker = loadWorker();
    await worker.push(undefined);
    await worker.push("not json {");
    expect(worker.shown.map((notification) => [notification.title, notification.options.body, (notification.options.data as { url: string }).url])).toEqual([
      ["BackTrack", "You have something new in BackTrack.", `${ORIGIN}/`],
      ["BackTrack", "You have something new in BackTrack.", `${ORIGIN}/`],
    ]);
  });

  it("a tap focuses the window already showing the page, or opens it", async () => {
    const worker = loadWorker([`${ORIGIN}/dashboard`, `${ORIGIN}/check-in`]);
    await worker.click(`${ORIGIN}/check-in`);
    expect(worker.clients[1]!.focus).toHaveBeenCalledOnce();
    expect(worker.openWindow).not.toHaveBeenCalled();
    await worker.click(`${ORIGIN}/my-plan`);
    expect(worker.openWindow).toHaveBeenCalledWith(`${ORIGIN}/my-plan`);
  });

  it("never leaves the site: another origin, a protocol-relative or script link opens the home page", async () => {
    const worker = loadWorker();
    for (const url of ["https://evil.example/phish", "//evil.example/x", "javascript:alert(1)", 42, null]) await worker.click(url);
    expect(worker.openWindow.mock.calls.map(([url]) => url)).toEqual(Array(5).fill(`${ORIGIN}/`));
    await worker.push({ title: "BackTrack", body: "Hello", url: "https://evil.example/" });
    expect((worker.shown[0]!.options.data as { url: string }).url).toBe(`${ORIGIN}/`);
  });

  it("when the push service replaces the subscription, tells the server to drop the old endpoint and keep the new one", async () => {
    const worker = loadWorker();
    const fresh = { endpoint: "https://push.example/new", toJSON: () => ({ endpoint: "https://push.example/new", keys: { p256dh: "p", auth: "a" } }) };
    await worker.dispatch("pushsubscriptionchange", { oldSubscription: { endpoint: "https://push.example/old" }, newSubscription: fresh });
    const calls = worker.fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => [url, init.method, JSON.parse(String(init.body))])).toEqual([
      ["/api/v1/push/subscriptions", "DELETE", { endpoint: "https://push.example/old" }],
      ["/api/v1/push/subscriptions", "POST", { endpoint: "https://push.example/new", keys: { p256dh: "p", auth: "a" } }],
    ]);
  });
});
