import { expect, test } from "@playwright/test";
import { contextFor, signInByApi } from "./support/accounts";
import { expectFocusVisible, tabTo } from "./support/keyboard";
import { signedUpPatient } from "./support/patients";
import { redFlagPlain } from "../lib/red-flags/red-flags";

const LEG_WEAKNESS = redFlagPlain("WORSENING_LEG_WEAKNESS");

/*
 * The daily check-in by keyboard alone: Tab and Shift+Tab between questions,
 * arrow keys within a 0-10 scale or a radio group, Space to tick, typing into
 * fields, Enter to send and to follow links. No mouse, no fill().
 */
test("a patient checks in by keyboard alone; focus is always visible, and the red-flag warning takes focus", async ({ page, baseURL }) => {
  // A whole check-in one key at a time, with a patient set up first: a real long journey.
  test.slow();
  // A patient of our own: this test saves today's check-in.
  const password = "keys only, no mouse today";
  const { email } = await signedUpPatient(await contextFor("clinician1", baseURL!), { name: "Kai Keyboard", emailPrefix: "keyboard", password });
  await signInByApi(page.request, email, password);
  await page.goto("/check-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today's check-in");

  // The first Tab offers the skip link; it leads past the header into the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Pain now: Tab into the scale lands on 0; the arrows move along it and choose.
  const painNow = page.getByRole("group", { name: "How bad is your pain right now?" });
  await tabTo(page, painNow.getByRole("radio", { name: /^0\b.*no pain/ }));
  await expectFocusVisible(page);
  for (let step = 0; step < 6; step++) await page.keyboard.press("ArrowRight");
  await expect(painNow.getByRole("radio", { name: "6", exact: true })).toBeChecked();
  await expect(painNow.getByRole("radio", { name: "6", exact: true })).toBeFocused();
  await expectFocusVisible(page);

  // Where it hurts: Tab from box to box, Space ticks.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Lower back" })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("checkbox", { name: "Back of the thigh" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "Lower back" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Back of the thigh" })).toBeChecked();

  // Second thoughts about the score: Shift+Tab goes back to the scale, onto the chosen number.
  await tabTo(page, painNow.getByRole("radio", { name: "6", exact: true }), { backwards: true });
  await page.keyboard.press("ArrowLeft");
  await expect(painNow.getByRole("radio", { name: "5", exact: true })).toBeChecked();

  // Which side: a radio group, the arrows choose.
  await tabTo(page, page.getByRole("radio", { name: "Left" }));
  await expectFocusVisible(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Right" })).toBeChecked();

  await tabTo(page, page.getByRole("checkbox", { name: "The pain goes below my knee" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("Minutes of walking or other activity today"));
  await expectFocusVisible(page);
  await page.keyboard.type("25");

  // The weekly PEG-3 (a new patient is asked it): three scales, one after another.
  for (const [question, answer] of [
    ["on average in the past week", 4],
    ["enjoyment of life", 3],
    ["general activity", 3],
  ] as const) {
    const scale = page.getByRole("group", { name: new RegExp(question) });
    await tabTo(page, scale.getByRole("radio").first());
    for (let step = 0; step < answer; step++) await page.keyboard.press("ArrowRight");
    await expect(scale.getByRole("radio", { name: String(answer), exact: true })).toBeChecked();
  }

  // An emergency sign, ticked with Space: what to do shows at once and takes focus, with the clinic's number one Tab away.
  const weakness = page.getByRole("checkbox", { name: "A leg that gets weak fast, or a foot that drops or drags" });
  await tabTo(page, weakness);
  await expectFocusVisible(page);
  await page.keyboard.press("Space");
  await expect(weakness).toBeChecked();
  await expect(page.getByRole("heading", { name: "Call 911 or go to the emergency department now" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Call 911" })).toBeFocused();
  await expectFocusVisible(page);

  await tabTo(page, page.getByLabel("Anything else for your clinic? (optional)"));
  await expectFocusVisible(page);
  await page.keyboard.type("Typed without a mouse.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send" })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");

  // The warning takes focus, so it is read first; the number to call is one Tab away, the way on after it.
  await expect(page.getByRole("heading", { name: "Call 911 or go to the emergency department now" })).toBeFocused();
  await expect(page.getByText(LEG_WEAKNESS)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Call 911" })).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: "Back to my dashboard" }));
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("region", { name: "Today's check-in" })).toContainText("Done for today");

  await tabTo(page, page.getByRole("link", { name: "See my check-ins" }));
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/check-ins$/);
  const saved = page.getByRole("listitem").filter({ hasText: "Pain 5 out of 10" });
  await expect(saved).toContainText("Lower back, Back of the thigh (right), below the knee");
  await expect(saved).toContainText("Weekly questions: 3.3 out of 10 on average");
  await expect(saved).toContainText(`Warning signs: ${LEG_WEAKNESS}`);
  await expect(saved).toContainText("Typed without a mouse.");
});
