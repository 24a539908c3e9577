import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { signInByApi } from "./support/accounts";

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Kept as a file beside the test's other output (test-results/e2e/...), and listed in the report. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

test.describe("the clinical library", () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page.request, "lee@riverside.example");
  });

  test("a clinician searches and filters guides and exercises", async ({ page }, testInfo) => {
    await page.goto("/library");
    await expect(page.getByRole("status")).toHaveText(/^\d+ guides and \d+ exercises$/);
    const counts = (await page.getByRole("status").textContent())!.match(/\d+/g)!.map(Number);
    expect(counts[0]).toBeGreaterThanOrEqual(9);
    expect(counts[1]).toBeGreaterThanOrEqual(24);
    await expectAccessible(page);
    await screenshot(page, testInfo, "library");

    await page.getByRole("combobox", { name: /^Condition/ }).selectOption("SCIATICA");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Spinal stenosis" })).toHaveCount(0);

    await page.goto("/library?equipment=pool");
    await expect(page.getByRole("link", { name: "Swimming" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Condition guides" })).toHaveCount(0);
  });

  test("a guide reads well: outline, help-now box, what to do today, sources; and prints by section", async ({ page }, testInfo) => {
    await page.goto("/library/guides/low-back-pain");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/low back pain/i);
    await expect(page.getByRole("heading", { name: /get help right away/i })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What you can do today" })).toBeVisible();
    const outline = page.getByRole("navigation", { name: "On this page" });
    await outline.getByRole("link", { name: "What you can do today" }).click();
    await expect(page).toHaveURL(/#what-you-can-do-today$/);
    await expect(page.getByText("Sources")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, testInfo, "guide");

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(2);
  });

  test("an exercise page shows its picture, dose, steps and links to easier and harder versions", async ({ page }, testInfo) => {
    await page.goto("/library/exercises/bridge");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bridge");
    await expect(page.getByRole("img").first()).toHaveAccessibleName(/.{5,}/);
    await expect(page.getByText(/sets? of \d+/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Single-leg bridge" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, testInfo, "exercise");
  });
});

test("a patient can read a guide but not browse the clinician's library", async ({ page }) => {
  await signInByApi(page.request, "maria@riverside.example");
  expect((await page.goto("/library/guides/sciatica"))?.status()).toBe(200);
  expect((await page.goto("/library"))?.status()).toBe(404);
});
