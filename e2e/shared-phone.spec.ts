import { expect, test, type Page } from "@playwright/test";
import { signInWithForm } from "./support/accounts";

/*
 * A phone may be shared: the check-in form keeps only what the patient
 * actually typed (not the stored check-in it shows), and everything the app
 * kept in the browser goes at sign-out.
 */
const keptKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("backtrack:")));

test("the check-in keeps only an edited draft on the device, and sign-out clears it", async ({ page }) => {
  await signInWithForm(page, "james@riverside.example");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/check-in");
  const painNow = page.getByRole("group", { name: "How bad is your pain right now?" });
  await expect(painNow).toBeVisible();
  // Opened, not edited: nothing written to the device (give any write effect time to run).
  await page.waitForLoadState("networkidle");
  expect(await keptKeys(page)).toEqual([]);

  await painNow.getByRole("radio", { name: "4", exact: true }).check({ force: true });
  await expect.poll(() => keptKeys(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await keptKeys(page)).toEqual([]);
});

test("a draft left by a session that ended is cleared when the sign-in page opens", async ({ page }) => {
  await page.goto("/sign-in");
  await page.evaluate(() => window.localStorage.setItem("backtrack:check-in:someone:2026-01-01", JSON.stringify({ note: "left behind" })));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in to BackTrack" })).toBeVisible();
  await expect.poll(() => keptKeys(page)).toEqual([]);
});
