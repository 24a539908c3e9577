import { invitationTokenFor } from "./support/mailbox";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";

/*
 * The clinic's records in a browser: the admin's settings form names a bad
 * field and saves nothing; a patient who joined without accepting the
 * privacy notice and terms is stopped before the dashboard, stays there after
 * saying no, and goes on after accepting. Nothing here publishes a new
 * version or changes a setting, so other tests' patients are never asked again.
 */

test("the admin's settings form names a bad time zone and keeps the saved settings; saving them unchanged works", async ({ page }) => {
  await signInByApi(page.request, "admin@riverside.example");
  await page.goto("/clinic/settings");
  await expect(page.getByRole("heading", { name: "Clinic settings" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const zone = page.getByLabel("Time zone");
  const saved = await zone.inputValue();
  await zone.fill("Mars/Olympus");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose a valid time zone, for example Europe/London or America/New_York.")).toBeVisible();
  await expect(zone).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue(saved);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(page.getByLabel("Privacy notice: title")).toBeVisible();
});

test("a patient who has not accepted the privacy notice and terms is asked before the dashboard; saying no keeps them there", async ({ page, baseURL }) => {
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("consent");
  const created = await lee.post("/api/v1/patients", {
    data: { name: "Cora Consent", email, dateOfBirth: "1985-03-03", onsetDate: new Date().toISOString().slice(0, 10), primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" },
  });
  const { patientId } = (await created.json()) as { patientId: string };
  const password = "lanterns along the quay";
  expect((await lee.post("/api/v1/invitations/accept", { data: { token: await invitationTokenFor(email), password, history: { none: true } } })).status()).toBe(200);
  await signInByApi(page.request, email, password);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/my-consent$/);
  await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "I do not accept" }).click();
  await expect(page.getByText("You can only use BackTrack after accepting.")).toBeVisible();
  await page.goto("/check-in");
  await expect(page).toHaveURL(/\/my-consent$/);

  await page.getByRole("button", { name: "I accept, continue" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Hello, Cora Consent" })).toBeVisible();
  await page.goto("/my-data");
  await expect(page.getByText(/Privacy notice version 1 accepted on/)).toBeVisible();

  // The clinician sees which version and when on the patient's page.
  await signInByApi(page.request, "lee@riverside.example");
  await page.goto(`/patients/${patientId}/profile`);
  await expect(page.getByText(/Terms of use version 1 accepted on/)).toBeVisible();
});
