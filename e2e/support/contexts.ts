import type { Browser, BrowserContext, TestInfo } from "@playwright/test";

/**
 * A second person's browser (own cookies) on the same kind of device as this
 * project's: same size, touch and user agent. A page from browser.newPage()
 * would be a desktop window, and axe refuses to scan it.
 */
export function newDeviceContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  return browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
}
