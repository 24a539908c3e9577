/*
 * The browser half of web push, written against the few browser objects it
 * uses (passed in), so the decisions are tested without a browser
 * (browser-push.test.ts) and the component stays small.
 */

export type TPushState = "checking" | "unsupported" | "needs-install" | "blocked" | "on" | "off";

export interface TPushBrowser {
  serviceWorker?: Pick<ServiceWorkerContainer, "register" | "getRegistration">;
  Notification?: { permission: NotificationPermission; requestPermission(): Promise<NotificationPermission> };
  hasPushManager: boolean;
  userAgent: string;
  /** The page runs as an installed app (display-mode: standalone). */
  standalone: boolean;
}

export interface TPushServer {
  publicKey(): Promise<string>;
  save(subscription: PushSubscriptionJSON): Promise<void>;
  remove(endpoint: string): Promise<void>;
}

export const SERVICE_WORKER_URL = "/sw.js";

export function browserOf(window: Window & typeof globalThis): TPushBrowser {
  return {
    serviceWorker: "serviceWorker" in window.navigator ? window.navigator.serviceWorker : undefined,
    Notification: "Notification" in window ? window.Notification : undefined,
    hasPushManager: "PushManager" in window,
    userAgent: window.navigator.userAgent,
    standalone: window.matchMedia?.("(display-mode: standalone)").matches === true,
  };
}

/** Safari on iPhone and iPad offers push only to a site added to the Home Screen. */
function isAppleMobile(userAgent: string): boolean {
  return /iPhone|iPad|iPod/.test(userAgent);
}

/** With `server`, a subscription made with a key the server has since replaced counts as off (and is dropped): its pushes would be refused. */
export async function readPushState(browser: TPushBrowser, server?: Pick<TPushServer, "publicKey">): Promise<TPushState> {
  if (!browser.serviceWorker || !browser.Notification || !browser.hasPushManager) {
    return isAppleMobile(browser.userAgent) && !browser.standalone ? "needs-install" : "unsupported";
  }
  if (browser.Notification.permission === "denied") return "blocked";
  const registration = await browser.serviceWorker.getRegistration("/");
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription || browser.Notification.permission !== "granted") return "off";
  if (server && !sameKey(subscription, await server.publicKey())) {
    await subscription.unsubscribe();
    return "off";
  }
  return "on";
}

function sameKey(subscription: PushSubscription, publicKey: string): boolean {
  const key = subscription.options.applicationServerKey;
  if (!key) return false;
  return toBase64Url(new Uint8Array(key)) === publicKey;
}

export async function turnPushOn(browser: TPushBrowser, server: TPushServer): Promise<TPushState> {
  if (!browser.serviceWorker || !browser.Notification || !browser.hasPushManager) return readPushState(browser);
  // Asked only here, after the person pressed the button: browsers block sites that ask on page load.
  const permission = await browser.Notification.requestPermission();
  if (permission === "denied") return "blocked";
  if (permission !== "granted") return "off";
  const registration = await browser.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/", updateViaCache: "none" });
  const publicKey = await server.publicKey();
  let subscription = await registration.pushManager.getSubscription();
  // Made with a key the server has since replaced (npm run push:rotate-keys): its pushes would be refused.
  if (subscription && !sameKey(subscription, publicKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(publicKey) });
  await server.save(subscription.toJSON());
  return "on";
}

export async function turnPushOff(browser: TPushBrowser, server: TPushServer): Promise<TPushState> {
  const registration = await browser.serviceWorker?.getRegistration("/");
  const subscription = await registration?.pushManager.getSubscription();
  if (subscription) {
    await server.remove(subscription.endpoint);
    await subscription.unsubscribe();
  }
  return "off";
}

export function fromBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(value.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

export function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
