import { expect, test, type Page } from "@playwright/test";
import { contextFor, DEMO_PASSWORD, signInWithForm, uniqueEmail } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { linkIn, waitForEmail } from "./support/mailbox";

test.describe("signing in", () => {
  test("each role lands on its own home, and signing out ends the session", async ({ page, browser }) => {
    await signInWithForm(page, "lee@riverside.example");
    await expect(page).toHaveURL(/\/patients$/);
    await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
    // Other tests add patients to Lee's clinic, so Maria may be past the first page: search for her.
    await page.goto("/patients?q=Lopez");
    await expect(page.getByRole("link", { name: "Maria Lopez" })).toBeVisible();
    // Another clinic's patients never show.
    await expect(page.getByText("Noah Adams")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const cookiesBeforeSignOut = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // Signing out ends the session on the server: the old cookie, replayed, no longer works.
    const replay = await browser.newContext();
    await replay.addCookies(cookiesBeforeSignOut);
    expect((await replay.request.get("/api/v1/me")).status()).toBe(401);
    await replay.close();
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpatients/);

    await signInWithForm(page, "admin@riverside.example");
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("cell", { name: "lee@riverside.example" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a patient lands on their dashboard", async ({ page }) => {
    await signInWithForm(page, "maria@riverside.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Hello, Maria Lopez" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a wrong password gets a message that does not say whether the email exists", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoSeriousA11yViolations(page);
    const message = page.locator("main").getByRole("alert");
    await signInWithForm(page, "maria@riverside.example", "not the right password");
    await expect(message).toContainText("do not match");
    const wrongPassword = await message.textContent();
    await signInWithForm(page, "nobody-at-all@riverside.example", "not the right password");
    await expect(message).toHaveText(wrongPassword ?? "");
  });

  test("repeated failures lock the account for 15 minutes, and the form says until when", async ({ page, request, isMobile }) => {
    test.skip(isMobile, "one lock is enough: every failure also counts against this machine's address");
    const email = uniqueEmail("locked");
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    for (let attempt = 0; attempt < 5; attempt++) {
      await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "guess number one", json: "true" } });
    }
    await signInWithForm(page, email, "guess number one");
    await expect(page.locator("main").getByRole("alert")).toContainText(/Too many attempts.*Try again after/);
  });

  test("a used, expired or made-up invitation link gets a clear page", async ({ page }) => {
    await page.goto("/invite/made-up-token-made-up-token-000");
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("inviting a patient", () => {
  test("a clinician invites a patient, who sets a password, signs in and cannot open another patient's record", async ({ page, browser, baseURL }) => {
    // Two people through the forms of several pages: a real long journey.
    test.slow();
    const email = uniqueEmail("invited");
    await signInWithForm(page, "lee@riverside.example");
    await expect(page).toHaveURL(/\/patients$/);
    await page.getByRole("link", { name: "Add a patient" }).first().click();
    await expectNoSeriousA11yViolations(page);

    // An empty form names each missing field.
    await page.getByRole("button", { name: /add patient/i }).click();
    await expect(page.getByText("Enter the patient's name.")).toBeVisible();

    await page.getByLabel("Full name").fill("Rosa Diaz");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Date of birth").fill("1980-04-04");
    await page.getByLabel("Date the pain began").fill("2026-11-01");
    await page.getByLabel("Primary condition").selectOption("SCIATICA");
    await page.getByLabel("Patient's time zone").fill("America/Chicago");
    await page.getByRole("button", { name: /add patient/i }).click();
    // The clinician sees where it went, never the link; the patient reads it in their email.
    await expect(page.getByRole("heading", { name: "Invitation emailed to Rosa Diaz" })).toBeVisible();
    await expect(page.getByText("/invite/")).toHaveCount(0);
    const invitation = await waitForEmail(email, { subject: /invited you/ });
    expect(invitation.subject).toBe("Riverside Spine Clinic invited you to BackTrack");
    const link = linkIn(invitation, "/invite/");
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    const patientContext = await browser.newContext();
    const patientPage = await patientContext.newPage();
    await patientPage.goto(link);
    await expect(patientPage.getByRole("heading", { name: "Welcome, Rosa Diaz" })).toBeVisible();
    await expectNoSeriousA11yViolations(patientPage);
    // The health history is asked once, on this form; "None of these" is an answer.
    await patientPage.getByRole("group", { name: "Is any of this true for you?" }).getByLabel("None of these").check();
    // The clinic's privacy notice and terms are accepted on the same form (the version is recorded).
    await patientPage.getByLabel("I have read and accept the privacy notice and the terms above.").check();
    await patientPage.getByLabel("New password").fill("password1234");
    await patientPage.getByLabel("Type it again").fill("password1234");
    await patientPage.getByRole("button", { name: /set password/i }).click();
    await expect(patientPage.getByText(/too common/)).toBeVisible();
    await patientPage.getByLabel("New password").fill("sunny mornings by the river");
    await patientPage.getByLabel("Type it again").fill("sunny mornings by the river");
    await patientPage.getByRole("button", { name: /set password/i }).click();
    await expect(patientPage).toHaveURL(/\/dashboard$/);
    await expect(patientPage.getByRole("heading", { name: "Hello, Rosa Diaz" })).toBeVisible();

    // Another patient's record: not found, in the browser and through the API.
    const maria = await contextFor("patientA", baseURL!);
    const mariaId = (await (await maria.get("/api/v1/me")).json()).id;
    const response = await patientPage.goto(`/patients/${mariaId}`);
    expect(response?.status()).toBe(404);
    expect((await patientPage.request.get(`/api/v1/patients/${mariaId}`)).status()).toBe(404);

    // Who viewed my data: the clinician who created the record.
    await patientPage.goto("/my-data/access");
    await expect(patientPage.getByRole("cell", { name: /Dr\. Jordan Lee/ }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(patientPage);

    // The link is used up.
    await patientContext.clearCookies();
    await patientPage.goto(link);
    await expect(patientPage.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
    await patientContext.close();
  });
});

/** The sign-in form on the page already open (keeps its callbackUrl). */
async function fillSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("no open redirect after sign-in", () => {
  // Each of these resolves, in a browser, to another origin; the sign-in must end on this site.
  for (const [name, callback] of [
    ["backslash", "/\\evil.example"],
    ["tab", "/\t/evil.example"],
    ["protocol-relative", "//evil.example"],
  ] as const) {
    test(`a ${name} callback ends on this site`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
      await fillSignIn(page, "patel@riverside.example");
      await expect(page).toHaveURL(/\/patients$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("a same-site callback is honoured", async ({ page }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/library?q=sciatica")}`);
    await fillSignIn(page, "patel@riverside.example");
    await expect(page).toHaveURL(/\/library\?q=sciatica$/);
  });
});
