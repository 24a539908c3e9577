import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";
import { currentConsentIds, signedUpPatient } from "./support/patients";
import { saveScreenshot } from "./support/screenshots";
import { invitationTokenFor, linkIn, waitForEmail } from "./support/mailbox";

/*
 * The patient side of the three red-flag levels, on a phone: an emergency
 * sign shows the clinic's emergency number at once; an urgent one the
 * clinic's phone and hours; past cancer recorded at joining only adds a
 * question, and an ordinary day raises nothing.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function painScore(page: Page, score: number): Promise<void> {
  await page.getByRole("group", { name: "How bad is your pain right now?" }).getByText(String(score), { exact: true }).click();
}

async function openAlerts(clinician: APIRequestContext, patientId: string): Promise<{ flags: string[] }[]> {
  return ((await (await clinician.get(`/api/v1/patients/${patientId}/alerts`)).json()) as { alerts: { flags: string[] }[] }).alerts;
}

test("an emergency sign shows the clinic's emergency number at once, before sending, and the alert reaches the clinic", async ({ page, baseURL }, testInfo) => {
  const lee = await contextFor("clinician1", baseURL!);
  const password = "bright mornings on the hill";
  const { email, patientId } = await signedUpPatient(lee, { name: "Erin Emergency", emailPrefix: "emergency", password });
  await signInByApi(page.request, email, password);

  await page.goto("/check-in");
  await painScore(page, 7);
  await page.getByLabel("Calf").check();
  await page.getByRole("radio", { name: "Both" }).check();
  await page.getByLabel("The pain goes below my knee").check();
  // Both sides below the knee leads into the emergency questions: the both-legs one first, marked.
  const emergency = page.getByRole("group", { name: "Is any of this new since your last check-in?" });
  await expect(emergency.getByText("You said the pain goes below the knee on both sides. Is that new?")).toBeVisible();
  await expect(emergency.getByRole("checkbox").first()).toHaveAccessibleName("Pain, numbness or tingling down both legs");

  await emergency.getByLabel("Pain, numbness or tingling down both legs").check();
  const heading = page.getByRole("heading", { name: "Call 911 or go to the emergency department now" });
  await expect(heading).toBeFocused();
  await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "red-flag-emergency-before-sending");

  await page.getByRole("button", { name: "Send" }).click();
  await expect(heading).toBeFocused();
  await expect(page.getByText("Sciatica in both legs: pain, numbness or tingling going down both legs")).toBeVisible();
  expect(await openAlerts(lee, patientId)).toEqual([expect.objectContaining({ flags: ["BOTH_LEGS"] })]);
});

test("an urgent sign shows the clinic's phone, hours and what to do when it is closed", async ({ page, baseURL }, testInfo) => {
  const lee = await contextFor("clinician1", baseURL!);
  const password = "slow rivers and tall trees";
  const { email, patientId } = await signedUpPatient(lee, { name: "Uma Urgent", emailPrefix: "urgent", password });
  await signInByApi(page.request, email, password);

  await page.goto("/check-in");
  await painScore(page, 6);
  await page.getByLabel("Bad pain at night that does not ease when you rest or move").check();
  const urgent = page.getByRole("region", { name: "Contact your clinic, doctor or urgent care today" });
  await expect(urgent).toBeVisible();
  await expect(urgent.getByRole("link", { name: "Call your clinic: (212) 555-0142" })).toHaveAttribute("href", "tel:2125550142");
  await expect(urgent).toContainText("Open: Monday to Friday, 8 am to 6 pm");
  await expect(urgent).toContainText("Messages and check-ins are not watched around the clock. If the clinic is closed, call your doctor or urgent care.");
  await expect(page.getByRole("heading", { name: /emergency department/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Contact your clinic, doctor or urgent care today" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "red-flag-urgent-sent");
  expect(await openAlerts(lee, patientId)).toEqual([expect.objectContaining({ flags: ["NIGHT_PAIN"] })]);
});

test("past cancer recorded when joining adds one question; an ordinary day raises no alert", async ({ page, baseURL }, testInfo) => {
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("history");
  const created = await lee.post("/api/v1/patients", {
    data: { name: "Hana History", email, dateOfBirth: "1961-03-03", onsetDate: new Date().toISOString().slice(0, 10), primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" },
  });
  expect(created.status()).toBe(200);
  const { patientId } = (await created.json()) as { patientId: string };

  await page.goto(linkIn(await waitForEmail(email, { subject: /invited you/ }), "/invite/"));
  const password = "green fields after rain";
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("group", { name: "Is any of this true for you?" }).getByLabel("I have had cancer").check();
  await page.getByLabel("I have read and accept the privacy notice and the terms above.").check();
  await saveScreenshot(page, testInfo, "red-flag-history-at-joining");
  await page.getByRole("button", { name: /set password/i }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/check-in");
  await painScore(page, 3);
  const question = page.getByRole("group", { name: "Is your back pain new, or worse than before?" });
  await question.getByLabel("No").check();
  await page.getByRole("group", { name: "Is any of this new since your last check-in?" }).getByLabel("None of these").check();
  await page.getByRole("group", { name: "And is any of this new or worse?" }).getByLabel("None of these").check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
  expect(await openAlerts(lee, patientId)).toEqual([]);

  // Her history is hers to change later.
  await page.goto("/my-health-history");
  await expect(page.getByLabel("I have had cancer")).toBeChecked();
});

test("a patient who joined without answering the history is asked it once, before the dashboard", async ({ page, baseURL }) => {
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("later");
  const created = await lee.post("/api/v1/patients", {
    data: { name: "Leo Later", email, dateOfBirth: "1990-05-05", onsetDate: new Date().toISOString().slice(0, 10), primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" },
  });
  expect(created.status()).toBe(200);
  const { patientId } = (await created.json()) as { patientId: string };
  const password = "quiet harbour at dawn";
  const consentVersionIds = await currentConsentIds(lee, patientId);
  expect((await lee.post("/api/v1/invitations/accept", { data: { token: await invitationTokenFor(email), password, consentVersionIds } })).status()).toBe(200);
  await signInByApi(page.request, email, password);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/my-health-history$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save and go on" }).click();
  await expect(page.getByText("Tick the ones that are true, or \"None of these\".")).toBeVisible();
  await page.getByLabel("None of these").check();
  await page.getByRole("button", { name: "Save and go on" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Hello, Leo Later" })).toBeVisible();
});
