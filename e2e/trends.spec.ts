import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInByApi } from "./support/accounts";
import { saveScreenshot } from "./support/screenshots";

/** The seeded histories read as they should: James recovering, Ken turning chronic. */
test("the clinician sees each demo episode's trend in words and weeks; the patient reads one plain sentence", async ({ page, browser }, testInfo) => {
  await signInByApi(page.request, "lee@riverside.example");
  await page.goto("/patients?q=james");
  await page.getByRole("link", { name: "James Carter" }).click();
  const james = page.getByRole("region", { name: "Pain trend" });
  await expect(james).toContainText("clinically important improvement");
  await expect(james.getByRole("table")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "clinician-trend-recovering");

  await page.goto("/patients?q=ken");
  await page.getByRole("link", { name: "Ken Watanabe" }).click();
  await expect(page.getByRole("region", { name: "Pain trend" })).toContainText("Not improving by 6 weeks: chronicity risk");
  await saveScreenshot(page, testInfo, "clinician-trend-turning-chronic");

  const patient = await browser.newPage();
  await signInByApi(patient.request, "james@riverside.example");
  await patient.goto("/dashboard");
  await expect(patient.getByText(/down from \d+(\.\d)? in your first week/)).toBeVisible();
  await saveScreenshot(patient, testInfo, "patient-dashboard-recovering");
  await patient.close();
});
