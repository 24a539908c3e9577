import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInWithForm, uniqueEmail } from "./support/accounts";
import { invitationTokenFor } from "./support/mailbox";

/*
 * A clinician who is not a demo account owes two-factor sign-in even in demo
 * mode (demo accounts alone are exempt, and only in demo mode), so this runs
 * against the ordinary test server. The test plays the authenticator app.
 */
const PASSWORD = "a long clinic passphrase";

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test.describe("two-factor sign-in for staff", () => {
  test.skip(({ isMobile }) => isMobile, "one journey on desktop is enough; the pages are the same");

  test("a new clinician sets it up at first sign-in, then signs in with a code and once with a recovery code", async ({ page, baseURL }) => {
    const email = uniqueEmail("twofactor");
    const admin = await contextFor("admin", baseURL!);
    expect((await admin.post("/api/v1/staff", { data: { name: "Dr. Tess Ng", email } })).status()).toBe(200);
    const token = await invitationTokenFor(email);
    const anonymous = await contextFor("anonymous", baseURL!);
    expect((await anonymous.post("/api/v1/invitations/accept", { data: { token, password: PASSWORD } })).ok()).toBe(true);

    // Password right: the set-up comes before any page, and patient data stays closed.
    await signInWithForm(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/account\/two-factor\/setup/);
    expect((await page.request.get("/api/v1/patients")).status()).toBe(401);
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/account\/two-factor\/setup\?callbackUrl=%2Fpatients/);
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const secret = (await page.getByTestId("two-factor-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByText("That code is not right")).toBeVisible();
    await page.getByLabel("Code from the app").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const recoveryList = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(recoveryList).toHaveCount(10);
    const codes = await recoveryList.allInnerTexts();
    await page.getByLabel("I have saved my recovery codes").check();
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/patients$/);
    await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
    await signOut(page);

    // The set-up used this 30-second step's code: the app's next one is accepted (one step of drift allowed).
    await signInWithForm(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/account\/two-factor\?callbackUrl=/);
    // The code page is only ever shown half signed in, so the page-by-page scans (accessibility, CSP) cannot reach it: checked here.
    await expectNoSeriousA11yViolations(page);
    expect((await page.request.get(page.url())).headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await page.getByLabel("Code").fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/patients$/);
    await signOut(page);

    await signInWithForm(page, email, PASSWORD);
    await page.getByLabel("Code").fill(codes[0]!);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/patients$/);
    await signOut(page);

    await signInWithForm(page, email, PASSWORD);
    await page.getByLabel("Code").fill(codes[0]!);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("That code is not right")).toBeVisible();
    await expect(page).toHaveURL(/\/account\/two-factor/);
  });
});
