import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "../../e2e/support/browser";
import type { THttpSession } from "./http-session";

export interface TPageView {
  status: number | null;
  /** The page's main heading as shown, or what went wrong loading it. */
  heading: string;
  /** It is the error page (app/error.tsx or app/global-error.tsx). */
  errorPage: boolean;
  /** It shows internals: a stack trace, the driver's or Prisma's words. */
  internals: boolean;
  /** The site's own header and footer are there (not only the last-resort global error page). */
  inLayout: boolean;
  /** Rendered in Chromium, or (without one) only the HTML was read. */
  rendered: boolean;
}

const INTERNALS = /PrismaClient|Invalid `|DriverAdapterError|\n\s+at .+\(.+:\d+:\d+\)|ECONNREFUSED|57P01/;
const ERROR_HEADING = /cannot reach its database|Something went wrong/;
/** The footer of app/layout.tsx. */
const LAYOUT = /It does not replace care from your clinician/;

/**
 * What a signed-in patient sees on a page, in a real browser: pages render
 * their error page in the browser, so the HTML alone does not show it.
 * Opened before the outage, so that starting Chromium does not eat into it.
 * Without a Chromium, only the HTML is read.
 */
export async function openPageProbe(session: THttpSession): Promise<{ view(pathname: string): Promise<TPageView>; close(): Promise<void> }> {
  const executable = resolveChromium();
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  if (executable) {
    browser = await chromium.launch({ ...executable, args: CHROMIUM_ARGS });
    context = await browser.newContext();
    await context.addCookies(session.cookies().map((cookie) => ({ ...cookie, url: session.baseUrl })));
  }
  return {
    async view(pathname) {
      if (!context) {
        const response = await session.request(pathname);
        const html = await response.text();
        return { status: response.status, heading: "", errorPage: false, internals: INTERNALS.test(html), inLayout: LAYOUT.test(html), rendered: false };
      }
      const page = await context.newPage();
      try {
        const response = await page.goto(`${session.baseUrl}${pathname}`, { timeout: 8_000 });
        // The error page renders in the browser after the HTML arrives.
        await page.getByRole("heading", { name: ERROR_HEADING }).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
        const heading = ((await page.getByRole("heading", { level: 1 }).first().textContent({ timeout: 2_000 }).catch(() => null)) ?? "").trim();
        const text = await page.locator("body").innerText();
        return { status: response?.status() ?? null, heading, errorPage: ERROR_HEADING.test(heading), internals: INTERNALS.test(text), inLayout: LAYOUT.test(text), rendered: true };
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        return { status: null, heading: `did not load: ${reason}`, errorPage: false, internals: false, inLayout: false, rendered: true };
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser?.close();
    },
  };
}

export function describeView(view: TPageView): string {
  const where = view.inLayout ? ", inside the site's layout" : ", without the site's layout";
  return `${view.status ?? "no answer"}${view.rendered ? ` in Chromium: "${view.heading}"${where}` : " (no Chromium: only the HTML was read)"}${view.internals ? ", SHOWS INTERNALS" : ""}`;
}
