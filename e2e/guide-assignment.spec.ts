import { expect, test } from "@playwright/test";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";
import { currentConsentIds, historyAnswer } from "./support/patients";
import { invitationTokenFor } from "./support/mailbox";

test("a clinician assigns a guide with a note and keeps a private note; the patient sees the guide first as new, and the clinician sees it opened", async ({ page, browser, baseURL }) => {
  // Clinician and patient take turns over several page loads: a real long journey.
  test.slow();
  // A patient of our own, so reruns and parallel projects never collide.
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("reader");
  const created = await (
    await lee.post("/api/v1/patients", {
      data: { name: "Rita Reader", email, dateOfBirth: "1975-06-01", onsetDate: "2026-11-10", primaryCondition: "SPINAL_STENOSIS", timeZone: "UTC" },
    })
  ).json();
  const token = await invitationTokenFor(email);
  const password = "long walks with rests";
  const consentVersionIds = await currentConsentIds(lee, created.patientId);
  expect((await lee.post("/api/v1/invitations/accept", { data: { token, password, history: historyAnswer([]), consentVersionIds } })).status()).toBe(200);

  await signInByApi(page.request, "lee@riverside.example");
  await page.goto(`/patients/${created.patientId}/guides`);
  await page.getByRole("checkbox", { name: "Spinal stenosis" }).check();
  await page.getByLabel("Note for the patient (optional)").fill("Read the part about walking with rests.");
  await page.getByRole("button", { name: "Assign" }).click();
  const assigned = page.getByRole("listitem").filter({ hasText: "Spinal stenosis" });
  await expect(assigned).toContainText("not opened yet");

  // A private clinic note, in its own section: an empty one is refused with a message, a real one is listed.
  await page.getByRole("link", { name: "Notes" }).click();
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Write the note first.")).toBeVisible();
  await page.getByLabel("New note (staff only)").fill("Prefers morning appointments.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Prefers morning appointments." })).toContainText("Dr. Jordan Lee");

  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  await signInByApi(patientPage.request, email, password);
  await patientPage.goto("/dashboard");
  const card = patientPage.getByRole("listitem").filter({ hasText: "Spinal stenosis" });
  await expect(card).toContainText("New");
  await expect(card).toContainText("Read the part about walking with rests.");
  await card.getByRole("link", { name: "Spinal stenosis" }).click();
  await expect(patientPage.getByRole("heading", { level: 1 })).toHaveText("Spinal stenosis");
  await patientPage.goto("/dashboard");
  await expect(patientPage.getByRole("listitem").filter({ hasText: "Spinal stenosis" })).not.toContainText("New");
  await patientContext.close();

  await page.goto(`/patients/${created.patientId}/guides`);
  await expect(page.getByRole("listitem").filter({ hasText: "Spinal stenosis" })).toContainText("opened");
  await expect(page.getByRole("listitem").filter({ hasText: "Spinal stenosis" })).not.toContainText("not opened");

  // Taking it back keeps the history.
  await page.getByRole("button", { name: /Take back Spinal stenosis/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Spinal stenosis" }).first()).toContainText("taken back");
});
