import { expect, test } from "@playwright/test";
import { signInByApi } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { saveScreenshot } from "./support/screenshots";

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
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "library");

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
    await expect(page.getByRole("heading", { name: /get help if you have back pain/i })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What you can do today" })).toBeVisible();
    const outline = page.getByRole("navigation", { name: "On this page" });
    await outline.getByRole("link", { name: "What you can do today" }).click();
    await expect(page).toHaveURL(/#what-you-can-do-today$/);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.locator("p").first()).toHaveText(/^Reviewed \d+ \w+ \d{4} by .+; next review \d+ \w+ \d{4}\./);
    expect(await sources.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    await expect(sources.getByRole("link", { name: /Low back pain and sciatica in over 16s/ })).toHaveAttribute("href", "https://www.nice.org.uk/guidance/ng59");
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "guide");

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    // Paper has no links: the sources print with their addresses written out.
    await expect(sources).toBeVisible();
    await expect(sources.getByText("https://www.nice.org.uk/guidance/ng59")).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(2);
  });

  test("an exercise page shows its start and end pictures, dose each side, pain that is OK, steps and links to easier and harder versions", async ({ page }, testInfo) => {
    await page.goto("/library/exercises/bridge-march");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bridge with march");
    await expect(page.getByRole("img").first()).toHaveAccessibleName(/.{5,}/);
    await expect(page.getByRole("figure").filter({ has: page.locator("figcaption", { hasText: /^Start$/ }) }).getByRole("img")).toHaveAccessibleName(/both feet on the floor/);
    await expect(page.getByRole("figure").filter({ has: page.locator("figcaption", { hasText: /^End$/ }) }).getByRole("img")).toHaveAccessibleName(/one foot lifted/);
    await expect(page.getByText(/sets? of \d+ each side/).first()).toBeVisible();
    await expect(page.getByText("Pain up to 3 out of 10 while you do it is OK, if it settles back by the next morning.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How much pain is OK" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bridge", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Single-leg bridge" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "exercise");
  });
});

test("a patient can read a guide but not browse the clinician's library", async ({ page }) => {
  await signInByApi(page.request, "maria@riverside.example");
  expect((await page.goto("/library/guides/sciatica"))?.status()).toBe(200);
  expect((await page.goto("/library"))?.status()).toBe(404);
});
