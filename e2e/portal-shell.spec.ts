import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

test.describe("the portal's shell", () => {
  test("the home page explains BackTrack and leads to sign-in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("BackTrack");
    await expect(page.getByRole("link", { name: /sign in/i }).first()).toHaveAttribute("href", "/sign-in");
    await expect(page.getByText(/bladder or bowels/i)).toBeVisible();
  });

  test("the home page has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);
  });

  test("a keyboard user can skip straight to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: /skip to main content/i });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("a demo server says so on every page, in the page flow above the header", async ({ page }) => {
    for (const url of ["/", "/sign-in", "/no-such-page"]) {
      await page.goto(url);
      const banner = page.getByRole("region", { name: "Demo notice" });
      await expect(banner).toHaveText("Demo: do not enter real patient information.");
      const bannerBox = (await banner.boundingBox())!;
      const headerBox = (await page.locator("body > header").boundingBox())!;
      // Nothing underneath it: the header starts where the banner ends.
      expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(headerBox.y + 1);
      expect(await banner.evaluate((element) => getComputedStyle(element).position)).toBe("static");
    }
  });

  test("every page carries the security headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("an unknown page gets a friendly not-found page with a 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /page not found/i })).toBeVisible();
    await expect(page.getByRole("link", { name: /home/i }).last()).toBeVisible();
  });
});

test.describe("the JSON API", () => {
  test("/api/health says the database is up and migrated", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  });

  test("serves its OpenAPI 3.1 description with roles per operation", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/v1/conditions"].get["x-roles"]).toEqual(["public"]);
  });

  test("lists the conditions a clinician can choose from", async ({ request }) => {
    const { conditions } = await (await request.get("/api/v1/conditions")).json();
    expect(conditions).toContainEqual({ code: "SCIATICA", label: "Sciatica" });
  });

  test("answers an unknown endpoint in its own error shape", async ({ request }) => {
    const response = await request.post("/api/v1/nothing-here", { data: {} });
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
