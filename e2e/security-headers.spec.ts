import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { contextFor, signInByApi, type TPersonaName } from "./support/accounts";
import { MATRIX_PERSONAS, PAGES } from "./support/pages";

/*
 * Every page carries a Content-Security-Policy whose scripts need this response's
 * nonce (proxy.ts), and the pages people use most run under it without a single
 * violation: Next's scripts, recharts and the forms all work with no 'unsafe-inline'.
 */
test.describe("content security policy", () => {
  test.skip(({ isMobile }) => isMobile, "headers are the same on every device: desktop only");

  function scriptSources(policy: string | undefined): string[] {
    const directive = policy?.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "));
    return directive?.split(/\s+/).slice(1) ?? [];
  }

  async function pageAnswer(request: APIRequestContext, url: string) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    const policy = response.headers()["content-security-policy"];
    const nonce = scriptSources(policy).find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
    return { policy, nonce, html: await response.text() };
  }

  test("every page's policy needs a fresh nonce for scripts, never 'unsafe-inline'", async ({ baseURL }) => {
    test.slow();
    const base = baseURL!;
    const contexts = new Map<TPersonaName, APIRequestContext>();
    const lee = await contextFor("clinician1", base);
    contexts.set("clinician1", lee);
    const { patients } = (await (await lee.get("/api/v1/patients?q=maria")).json()) as { patients: { id: string }[] };
    const patientId = patients[0]!.id;

    for (const [name, probe] of Object.entries(PAGES)) {
      const persona = MATRIX_PERSONAS.find((candidate) => probe.expect[candidate] === 200);
      // A page no persona is shown (the half-signed-in two-factor step) is checked in e2e/two-factor.spec.ts.
      if (!persona) continue;
      if (!contexts.has(persona)) contexts.set(persona, await contextFor(persona, base));
      const url = probe.url({ patientId });
      const { policy, nonce, html } = await pageAnswer(contexts.get(persona)!, url);
      expect(policy, name).toBeTruthy();
      expect(scriptSources(policy), name).toEqual(expect.arrayContaining(["'strict-dynamic'"]));
      expect(scriptSources(policy), name).not.toContain("'unsafe-inline'");
      expect(nonce, name).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      // Next put the nonce on its own scripts; every <script> of the page carries it.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${name}: ${tag}`).toContain(`nonce="${nonce}"`);
    }
  });

  test("the nonce differs from one request to the next", async ({ baseURL }) => {
    const anonymous = await contextFor("anonymous", baseURL!);
    const first = await pageAnswer(anonymous, "/sign-in");
    const second = await pageAnswer(anonymous, "/sign-in");
    expect(first.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
  });

  test("API answers forbid loading anything and being framed", async ({ baseURL }) => {
    const anonymous = await contextFor("anonymous", baseURL!);
    const response = await anonymous.get("/api/health");
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  /** Collects every CSP violation the page reports, from the DOM event and the console alike. */
  async function watchViolations(page: Page): Promise<string[]> {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${location.pathname}, ${event.sourceFile}:${event.lineNumber})`);
      });
    });
    return violations;
  }

  test("the patient's dashboard and check-in run with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await signInByApi(page.request, "james@riverside.example");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/check-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today's check-in");
    // The form checks its answers in the browser: proof that React hydrated, which needs the nonce.
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Choose your pain now from 0 to 10.")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("the clinician's patient page with its chart and the library run with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await signInByApi(page.request, "lee@riverside.example");
    await page.goto("/patients?q=james");
    await page.getByRole("row").filter({ hasText: "James Carter" }).getByRole("link", { name: "James Carter" }).click();
    await page.getByRole("link", { name: "Trend", exact: true }).click();
    await expect(page.locator("svg[aria-label^='Trend chart by day since onset']")).toBeVisible();
    await page.goto("/library");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/library/exercises/bridge");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
