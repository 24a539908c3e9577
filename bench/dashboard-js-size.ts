import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, MISSING_BROWSER_FIX, resolveChromium } from "../e2e/support/browser";
import type { TSession } from "./sign-in";

/*
 * The JavaScript the patient dashboard makes a browser load, measured the
 * honest way: headless Chromium opens /dashboard as a signed-in patient, and
 * every script it fetches until the network is idle (framework, page and
 * lazily loaded chunks alike) is gzipped here (zlib's default level, what
 * `next start`'s compression sends) and summed. The RSC payload Next inlines
 * into the HTML as <script> text is reported beside it, not counted: it is the
 * page's data, and it comes with the HTML document.
 *
 * dashboardJsFromBuild reads the same from the build's manifests (the root
 * main files every page loads, and the chunks of the route's client
 * components): a cross-check, and the figure when no Chromium is at hand.
 */

export interface TDashboardJs {
  /** Sum of the gzipped sizes of every script file, bytes. */
  gzipBytes: number;
  /** The same, uncompressed. */
  rawBytes: number;
  scripts: { url: string; rawBytes: number; gzipBytes: number }[];
  /** Inline <script> text in the document (the RSC payload), gzipped, bytes; not part of gzipBytes. */
  inlineGzipBytes: number;
}

export async function measureDashboardJs(baseUrl: string, patient: TSession): Promise<TDashboardJs> {
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
    const pending: Promise<TDashboardJs["scripts"][number] | null>[] = [];
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
    const scripts = (await Promise.all(pending)).filter((script): script is TDashboardJs["scripts"][number] => script !== null);
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

export interface TBuildJs {
  gzipBytes: number;
  rawBytes: number;
  files: string[];
}

/** The scripts /dashboard loads according to the build manifests in .next (Next 16, Turbopack), or null when they cannot be read. */
export function dashboardJsFromBuild(root: string = process.cwd()): TBuildJs | null {
  const buildDir = path.join(root, ".next");
  const manifestFile = path.join(buildDir, "server", "app", "(patient)", "dashboard", "page_client-reference-manifest.js");
  if (!existsSync(manifestFile)) return null;
  try {
    const build = JSON.parse(readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
    // The manifest is a script that sets globalThis.__RSC_MANIFEST[route]: run it in a sandbox of its own.
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    vm.runInNewContext(readFileSync(manifestFile, "utf8"), Object.assign(sandbox, { globalThis: sandbox }));
    const route = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
    const entryFiles = Object.values(route?.entryJSFiles ?? {}).flat();
    const files = [...new Set([...(build.rootMainFiles ?? []), ...entryFiles].map((file) => file.replace(/^\/?(_next\/)?/, "")))].sort();
    if (files.length === 0) return null;
    const sizes = files.map((file) => readFileSync(path.join(buildDir, file)));
    return {
      gzipBytes: sizes.reduce((total, body) => total + gzipSync(body).length, 0),
      rawBytes: sizes.reduce((total, body) => total + body.length, 0),
      files: files.map((file) => `/_next/${file}`),
    };
  } catch {
    return null;
  }
}
