import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";
import { waitForEmail } from "./support/mailbox";

test("a clinician prints a set-up code for a patient without their email at hand; the patient sets a password with it and is told by email", async ({ page, browser, baseURL }) => {
  test.slow();
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("codesheet");
  const created = await lee.post("/api/v1/patients", {
    data: { name: "Cora Codesheet", email, dateOfBirth: "1966-06-06", onsetDate: "2026-11-01", primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" },
  });
  const { patientId } = (await created.json()) as { patientId: string };

  await signInByApi(page.request, "lee@riverside.example");
  await page.goto(`/patients/${patientId}/profile`);
  await page.getByRole("link", { name: /Set-up code sheet/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set-up code sheet for Cora Codesheet");
  await page.getByRole("button", { name: "Make a set-up code" }).click();
  const code = (await page.getByTestId("setup-code").innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByRole("button", { name: "Print the sheet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const patientContext = await browser.newContext({ baseURL });
  const patient = await patientContext.newPage();
  await patient.goto("/setup-code");
  await patient.getByLabel("Email").fill(email);
  await patient.getByLabel("Code from the sheet").fill("AAAA-AAAA-AAAA");
  await patient.getByLabel("New password").fill("a walk round the block");
  await patient.getByLabel("Type it again").fill("a walk round the block");
  await patient.getByRole("button", { name: /set password/i }).click();
  await expect(patient.getByText(/do not match a code/)).toBeVisible();
  await expectNoSeriousA11yViolations(patient);
  await patient.getByLabel("Code from the sheet").fill(code.toLowerCase());
  await patient.getByRole("button", { name: /set password/i }).click();
  // Setting the password and then signing in hash twice (scrypt, 32 MiB each): slow on a loaded machine.
  // Signed in; a new patient is asked the health history or the clinic's privacy notice and terms first.
  await expect(patient).toHaveURL(/\/(dashboard|my-health-history|my-consent)$/, { timeout: 30_000 });
  expect((await waitForEmail(email, { subject: /account is set up/ })).text).not.toContain(code);

  await patient.goto("/my-data/access");
  await expect(patient.getByText("Made a set-up code sheet")).toBeVisible();
  await expect(patient.getByText("Set a password with a set-up code")).toBeVisible();
  await patientContext.close();
});
