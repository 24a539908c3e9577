import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user
 * moves through a page; fails after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached within ${limit} presses of ${backwards ? "Shift+Tab" : "Tab"}`).toBeFocused();
}

/**
 * The focused element shows where focus is: a solid outline at least 2 px
 * wide in a colour that is not transparent. A visually hidden input (the big
 * 0-10 buttons are labels around hidden radios) shows it on its label.
 */
export async function expectFocusVisible(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return { element: "nothing focused", outline: "none" };
    const box = focused.getBoundingClientRect();
    const shown = box.width <= 1 || box.height <= 1 ? focused.closest("label") : focused;
    if (!shown) return { element: `a hidden ${focused.tagName.toLowerCase()} with no label around it`, outline: "none" };
    const style = getComputedStyle(shown);
    const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== "rgba(0, 0, 0, 0)";
    return { element: `${shown.tagName.toLowerCase()} "${(shown.textContent ?? "").trim().slice(0, 40)}"`, outline: visible ? "visible" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
  });
  expect(indicator.outline, `focus indicator of ${indicator.element}`).toBe("visible");
}
