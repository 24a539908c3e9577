import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi, signInWithForm } from "./support/accounts";
import { emailCount, linkIn, waitForEmail } from "./support/mailbox";
import { signedUpPatient } from "./support/patients";

test.describe("forgot password", () => {
  test("a patient asks for a link from the sign-in page, reads it in the email, sets a new password and is signed out elsewhere", async ({ page, browser, baseURL }) => {
    test.slow();
    const lee = await contextFor("clinician1", baseURL!);
    const { email, password } = await signedUpPatient(lee, { name: "Fern Forgetful", emailPrefix: "forgetful", password: "a password I will forget" });
    // Another device stays signed in with the old password until the reset.
    const elsewhere = await browser.newContext({ baseURL });
    await signInByApi(elsewhere.request, email, password);

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
    await expectNoSeriousA11yViolations(page);
    const before = await emailCount(email);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses");

    const message = await waitForEmail(email, { after: before, subject: /Reset your BackTrack password/ });
    expect(message.text).not.toMatch(/sciatica|pain/i);
    const link = linkIn(message, "/reset-password/");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password").fill("password1234");
    await page.getByLabel("Type it again").fill("password1234");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText(/too common/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("New password").fill("a brand new morning walk");
    await page.getByLabel("Type it again").fill("a brand new morning walk");
    await page.getByRole("button", { name: "Save new password" }).click();
    // Hashing the new password (scrypt, 32 MiB) is slow on a loaded machine.
    await expect(page).toHaveURL(/\/sign-in\?passwordReset=1/, { timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: "Your new password is saved" })).toBeVisible();

    expect((await elsewhere.request.get("/api/v1/me")).status()).toBe(401);
    await signInWithForm(page, email, "a brand new morning walk");
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });

    // The link worked once.
    const again = await browser.newPage();
    await again.goto(link);
    await expect(again.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
    await elsewhere.close();
  });

  test("the answer is the same for an address with no account, and no email is sent to it", async ({ baseURL }) => {
    const anonymous = await contextFor("anonymous", baseURL!);
    const nobody = `nobody-${Date.now().toString(36)}@example.com`;
    const known = await anonymous.post("/api/v1/password-reset", { data: { email: "james@riverside.example" } });
    const unknown = await anonymous.post("/api/v1/password-reset", { data: { email: nobody } });
    expect(unknown.status()).toBe(known.status());
    expect(await unknown.json()).toEqual(await known.json());
    await waitForEmail("james@riverside.example", { subject: /Reset your BackTrack password/ });
    expect(await emailCount(nobody)).toBe(0);
    const bad = await anonymous.post("/api/v1/password-reset", { data: { email: "not an email" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields.email).toBeTruthy();
  });
});
