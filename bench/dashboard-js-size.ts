import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, MISSING_BROWSER_FIX, resolveChromium } from "../e2e/support/browser";
import type { Session } from "./sign-in";

/*
 * The JavaScript the patient dashboard makes a browser load, measured the
 * honest way: headless Chromium opens /dashboard as a signed-in patient, and
 * every script it fetches until the network is idle (framework, page and
 * lazily loaded chunks alike) is gzipped here (zlib's default level, what
 * `next start`'s compression sends) and summed. The RSC payload Next inlines
 * into the HTML as <script> text is reported beside it, not counted: it is the
 * page's data, and it comes with the HTML document.
 */

export interface DashboardJs {
  /** Sum of the gzipped sizes of every script file, bytes. */
  gzipBytes: number;
  /** The same, uncompressed. */
  rawBytes: number;
  scripts: { url: string; rawBytes: number; gzipBytes: number }[];
  /** Inline <script> text in the document (the RSC payload), gzipped, bytes; not part of gzipBytes. */
  inlineGzipBytes: number;
}

export async function measureDashboardJs(baseUrl: string, patient: Session): Promise<DashboardJs> {
  const browser = resolveChromium();
  if (!browser) throw new Error(MISSING_BROWSER_FIX);
  const instance = await chromium.launch({ ...browser, args: CHROMIUM_ARGS });
  try {
    const context = await instance.newContext({ baseURL: baseUrl });
    await context.addCookies(
      patient.cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
      }),
    );
    const page = await context.newPage();
    const pending: Promise<DashboardJs["scripts"][number] | null>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then(
          (body) => ({ url: new URL(response.url()).pathname, rawBytes: body.length, gzipBytes: gzipSync(body).length }),
          () => null,
        ),
      );
    });
    const answer = await page.goto("/dashboard", { waitUntil: "networkidle" });
    if (!answer?.ok() || !new URL(page.url()).pathname.startsWith("/dashboard")) {
      throw new Error(`/dashboard did not open for ${patient.email} (status ${answer?.status()}, ended at ${page.url()}).`);
    }
    // Whatever hydration starts loading late (lazy chunks) is in by now.
    await page.waitForTimeout(1000);
    await page.waitForLoadState("networkidle");
    const inline = await page.evaluate(() =>
      Array.from(document.querySelectorAll("script:not([src])"))
        .map((script) => script.textContent ?? "")
        .join("\n"),
    );
    const scripts = (await Promise.all(pending)).filter((script): script is DashboardJs["scripts"][number] => script !== null);
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      gzipBytes: scripts.reduce((total, script) => total + script.gzipBytes, 0),
      rawBytes: scripts.reduce((total, script) => total + script.rawBytes, 0),
      scripts,
      inlineGzipBytes: gzipSync(Buffer.from(inline)).length,
    };
  } finally {
    await instance.close();
  }
}
