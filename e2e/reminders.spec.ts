import { expect, test } from "@playwright/test";
import { contextFor, signInByApi } from "./support/accounts";
import { emailCount, waitForEmail } from "./support/mailbox";
import { signedUpPatient } from "./support/patients";

/*
 * A patient sets a reminder time; the test runs the scheduler's scan as of a
 * minute after it (the admin-only test hook, on only with BACKTRACK_TEST_HOOKS=1
 * and never in live mode); the reminder shows under the bell and arrives by
 * email at the test mailbox (the SMTP capture server playwright.config.ts
 * starts) with a one-click unsubscribe that works without signing in. Two
 * scans of the same minute at once still send one email.
 */

test("a reminder at the patient's time: email with one-click unsubscribe, and the bell", async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: the scan is clinic-wide");
  const clinician = await contextFor("clinician1", baseURL!);
  const admin = await contextFor("admin", baseURL!);
  const patient = await signedUpPatient(clinician, { name: "Rena Reminder", emailPrefix: "reminder", password: "a long reminder passphrase" });

  await signInByApi(page.request, patient.email, patient.password);
  await page.goto("/reminders");
  await page.getByLabel("Reminder time").fill("06:00");
  await page.getByRole("button", { name: "Save reminders" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  const emailsBefore = await emailCount(patient.email);
  const today = new Date().toISOString().slice(0, 10);
  const asOf = `${today}T06:01:00Z`;
  // Two scans of the same minute at once, as two instances would: one notification, one email.
  const scans = await Promise.all([1, 2].map(() => admin.post("/api/v1/test-hooks/reminder-scan", { data: { asOf } })));
  for (const scan of scans) expect(scan.status()).toBe(200);

  await page.goto("/dashboard");
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/Notifications, 1 unread/);
  await bell.click();
  await expect(page.getByTestId("notification-list")).toContainText(/Your weekly questions are ready|Time for today's check-in/);
  await page.reload();
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Notifications");

  const email = await waitForEmail(patient.email, { after: emailsBefore, subject: /Your weekly questions are ready|Time for today's check-in/, timeoutMs: 60_000 });
  expect(email.subject).toMatch(/Your weekly questions are ready|Time for today's check-in/);
  expect(email.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  const link = /List-Unsubscribe:\s*<([^>]+)>/.exec(email.raw.replace(/\r?\n[ \t]+/g, " "))?.[1];
  expect(link).toBeTruthy();
  // No second email for the same reminder, however many scans ran.
  await page.waitForTimeout(5_000);
  expect(await emailCount(patient.email)).toBe(emailsBefore + 1);

  // RFC 8058: the mail provider POSTs from its own servers, signed in as nobody.
  const anonymous = await contextFor("anonymous", baseURL!);
  const unsubscribe = await anonymous.post(new URL(link!).pathname, { form: { "List-Unsubscribe": "One-Click" }, headers: { origin: "https://mail.example.net" } });
  expect(unsubscribe.status()).toBe(200);
  const settings = await (await page.request.get("/api/v1/me/reminders")).json();
  expect(settings.off.some((entry: string) => entry.endsWith(":EMAIL"))).toBe(true);
});
