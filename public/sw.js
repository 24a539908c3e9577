/*
 * BackTrack's service worker: shows the notifications the server pushes and
 * opens their page when tapped. It caches nothing (pages hold health data and
 * a shared phone must not keep them). Push texts carry no health information by
 * design (lib/push/push-message.ts); this file adds none either.
 */

const FALLBACK = { title: "BackTrack", body: "You have something new in BackTrack.", url: "/", tag: undefined };

/** The message in a push event's data, or the fallback when it is missing or not ours. */
function readMessage(data) {
  let parsed = null;
  try {
    parsed = data ? data.json() : null;
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== "object") return FALLBACK;
  const text = (value, fallback) => (typeof value === "string" && value.trim() ? value : fallback);
  return {
    title: text(parsed.title, FALLBACK.title),
    body: text(parsed.body, FALLBACK.body),
    url: text(parsed.url, FALLBACK.url),
    tag: typeof parsed.tag === "string" ? parsed.tag : undefined,
  };
}

/** Where a tap leads: the notification's path on this site, or the home page for anything else (another origin, a broken value). */
function notificationTarget(url, origin) {
  try {
    const target = new URL(typeof url === "string" ? url : "/", origin);
    if (target.origin === origin && (target.protocol === "https:" || target.protocol === "http:")) return target.href;
  } catch {
    // Not a URL at all: fall through to the home page.
  }
  return new URL("/", origin).href;
}

async function openOrFocus(target) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => client.url === target);
  if (open && "focus" in open) return open.focus();
  return self.clients.openWindow(target);
}

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  const message = readMessage(event.data);
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      data: { url: notificationTarget(message.url, self.location.origin) },
      icon: "/icons/icon-192.png",
      badge: "/icons/badge-96.png",
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  event.waitUntil(openOrFocus(notificationTarget(data.url, self.location.origin)));
});

// The push service replaced this browser's subscription: tell the server, so reminders keep arriving.
self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(
    (async () => {
      const fresh = event.newSubscription || (event.oldSubscription ? await self.registration.pushManager.subscribe(event.oldSubscription.options) : null);
      const headers = { "content-type": "application/json" };
      if (event.oldSubscription) {
        await fetch("/api/v1/push/subscriptions", { method: "DELETE", headers, credentials: "same-origin", body: JSON.stringify({ endpoint: event.oldSubscription.endpoint }) });
      }
      if (fresh) await fetch("/api/v1/push/subscriptions", { method: "POST", headers, credentials: "same-origin", body: JSON.stringify(fresh.toJSON()) });
    })(),
  );
});
