import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInByApi } from "./support/accounts";
import { saveScreenshot } from "./support/screenshots";

/** The seeded histories read as they should: James recovering, Ken turning chronic, Tom chronic with flare-ups. */
test("the clinician sees each demo episode's trend in words, a chart and weeks", async ({ page }, testInfo) => {
  // Three patient pages with charts and an accessibility scan: more than the default 30 s on a busy 2-core machine.
  test.slow();
  await signInByApi(page.request, "lee@riverside.example");
  await page.goto("/patients?q=james");
  await page.getByRole("link", { name: "James Carter" }).click();
  await page.getByRole("link", { name: "Trend", exact: true }).click();
  const james = page.getByRole("region", { name: "Pain trend" });
  await expect(james).toContainText("clinically important improvement");
  await expect(james.getByRole("table", { name: /Pain by week since the pain began/ })).toBeVisible();
  // The chart: reachable by Tab, the arrow keys step through the days and the values are read out.
  const chart = james.locator("svg[aria-label^='Trend chart by day since onset']");
  await expect(chart).toBeVisible();
  await chart.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(james.getByRole("status")).toContainText(/pain/i);
  await expect(james.getByText("Chart data as a table")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "clinician-trend-recovering");

  await page.goto("/patients?q=ken");
  await page.getByRole("row").filter({ hasText: "Ken Watanabe" }).getByRole("link", { name: "Ken Watanabe" }).click();
  await page.getByRole("link", { name: "Trend", exact: true }).click();
  await expect(page.getByRole("region", { name: "Pain trend" })).toContainText("Not improving by 6 weeks: chronicity risk");
  await saveScreenshot(page, testInfo, "clinician-trend-turning-chronic");

  await page.goto("/patients?q=tom");
  await page.getByRole("row").filter({ hasText: "Tom Becker" }).getByRole("link", { name: "Tom Becker" }).click();
  await page.getByRole("link", { name: "Trend", exact: true }).click();
  await expect(page.getByRole("region", { name: "Pain trend" })).toContainText("Chronic");
  await saveScreenshot(page, testInfo, "clinician-trend-chronic-with-flares");
});

test("the patient reads one plain sentence on the dashboard and sees their weekly chart", async ({ page: patient }, testInfo) => {
  await signInByApi(patient.request, "james@riverside.example");
  await patient.goto("/dashboard");
  await expect(patient.getByText(/down from \d+(\.\d)? in your first week/)).toBeVisible();
  await saveScreenshot(patient, testInfo, "patient-dashboard-recovering");
  // The weekly chart over the phase bands, with its numbers as a table.
  await patient.getByRole("link", { name: "See my pain chart" }).click();
  const progress = patient.getByRole("region", { name: "My pain, week by week" });
  await expect(progress.getByRole("img", { name: /average pain each week/ })).toBeVisible();
  await expect(progress.getByText("Acute", { exact: true }).first()).toBeVisible();
  await progress.getByText("Show the numbers").click();
  await expect(progress.getByRole("table")).toContainText("out of 10");
  await expectNoSeriousA11yViolations(patient);
  await saveScreenshot(patient, testInfo, "patient-weekly-pain-chart");
});
