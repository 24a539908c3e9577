import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type CDPSession, type Page } from "@playwright/test";
import { PERSONAS, signInByApi } from "./support/accounts";
import { CHROMIUM_ARGS, resolveChromium } from "./support/browser";

/*
 * The browser half of web push, in a real Chromium. Headless Chromium has no
 * vendor push service to subscribe with, so a push is delivered straight to
 * our service worker through the DevTools protocol, as the push service would.
 * (The server half, encryption and VAPID included, is in lib/push/send-push.test.ts.)
 */

async function registerWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
  });
}

async function registrationIdOf(cdp: CDPSession, scopeURL: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const match = registrations.find((registration) => registration.scopeURL === scopeURL && !registration.isDeleted);
      if (match) resolve(match.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  return found;
}

type TShown = { title: string; body: string; tag: string; url: string | undefined };

async function shownNotifications(page: Page): Promise<TShown[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((notification) => ({
      title: notification.title,
      body: notification.body,
      tag: notification.tag,
      url: (notification.data as { url?: string } | null)?.url,
    }));
  });
}

test.describe("web push in the browser", () => {
  test("the service worker shows a delivered push with its text, tag and link, and nothing off the site", async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(["notifications"], { origin });
    await signInByApi(page.request, PERSONAS.patientA);
    await page.goto("/dashboard");
    await registerWorker(page);
    const cdp = await context.newCDPSession(page);
    const registrationId = await registrationIdOf(cdp, `${origin}/`);

    const message = { title: "BackTrack", body: "Time for today's check-in", url: "/check-in", tag: "check-in" };
    await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: JSON.stringify(message) });
    await expect.poll(() => shownNotifications(page)).toEqual([{ title: "BackTrack", body: "Time for today's check-in", tag: "check-in", url: `${origin}/check-in` }]);

    // A link to another site is replaced by the home page; the same tag replaces the earlier notification.
    await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: JSON.stringify({ ...message, body: "You have a new message from your clinic", url: "https://evil.example/" }) });
    await expect.poll(() => shownNotifications(page)).toEqual([{ title: "BackTrack", body: "You have a new message from your clinic", tag: "check-in", url: `${origin}/` }]);
  });

  test("the portal is installable: manifest, icons and no installability errors", async ({ request, baseURL }) => {
    test.skip(test.info().project.name !== "desktop", "installability is the same check on every viewport");
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "BackTrack", short_name: "BackTrack", start_url: "/", display: "standalone" });
    for (const icon of manifest.icons as { src: string }[]) {
      const answer = await request.get(icon.src);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/png");
    }
    // Chromium never offers to install from an incognito-like context (what Playwright's contexts are): this one keeps a profile.
    const profile = mkdtempSync(path.join(tmpdir(), "backtrack-install-"));
    const context = await chromium.launchPersistentContext(profile, { ...resolveChromium(), args: CHROMIUM_ARGS, baseURL });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto("/");
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
      await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
      const cdp = await context.newCDPSession(page);
      await expect.poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, { timeout: 15_000 }).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
