import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export const MISSING_BROWSER_FIX =
  "No Chromium for the browser tests. Install one with `apt-get install -y chromium` (or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH to a Chromium/Chrome executable.";

/**
 * The one place that decides which browser the e2e tests drive:
 * CHROMIUM_PATH, else Playwright's own download, else the system's Chromium.
 * Returns undefined for Playwright's own (it needs no path), null when none exists.
 */
export function resolveChromium(): { executablePath?: string } | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? { executablePath: configured } : null;
  if (existsSync(chromium.executablePath())) return {};
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  return system ? { executablePath: system } : null;
}

/**
 * Flags for a root user in a container with no network: no sandbox (root),
 * no GPU, and no background calls home, which this network refuses.
 */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
