import type { Page, TestInfo } from "@playwright/test";

/** A full-page screenshot kept as a file beside the test's other output (test-results/e2e/...), and listed in the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
