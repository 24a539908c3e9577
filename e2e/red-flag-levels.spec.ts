import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi } from "./support/accounts";
import { signedUpPatient } from "./support/patients";
import { pdfOf, pdfPageCount } from "./support/pdf";
import { saveScreenshot } from "./support/screenshots";

/*
 * The clinician's side of the red-flag levels: an emergency alert comes
 * before a newer urgent one, and each review says what was done; and the
 * cauda equina card, one printed page for anyone.
 */
const PASSWORD = "levels passphrase for tests";

async function checkIn(patient: APIRequestContext, patientId: string, date: string, redFlags: string[]): Promise<void> {
  const response = await patient.post(`/api/v1/patients/${patientId}/check-ins`, { data: { date, painNow: 7, requestId: randomUUID(), redFlags } });
  expect(response.status(), `check-in ${redFlags.join(", ")}`).toBe(200);
}

const utcDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

test("the clinician sees an emergency alert above a newer urgent one, and reviews each with an outcome", async ({ page, playwright, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: it makes its own patient");
  test.slow();
  await signInByApi(page.request, "lee@riverside.example");
  const lee = await contextFor("clinician1", baseURL!);
  const patient = await signedUpPatient(lee, { name: "Lev Levels", emailPrefix: "levels", password: PASSWORD });
  await lee.dispose();
  const patientApi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInByApi(patientApi, patient.email, PASSWORD);
  await checkIn(patientApi, patient.patientId, utcDay(2), ["SADDLE_NUMBNESS"]);
  await checkIn(patientApi, patient.patientId, utcDay(1), ["NIGHT_PAIN"]);
  await patientApi.dispose();

  await page.goto(`/patients?alert=emergency&q=${encodeURIComponent(patient.email)}`);
  await expect(page.getByRole("row").filter({ hasText: "Lev Levels" })).toContainText("Emergency");
  await page.goto(`/patients?alert=urgent&q=${encodeURIComponent(patient.email)}`);
  await expect(page.getByRole("link", { name: "Lev Levels" })).toHaveCount(0);

  await page.goto(`/patients/${patient.patientId}/alerts`);
  const alerts = page.getByRole("region", { name: "Red-flag alerts" });
  const open = alerts.getByRole("listitem").filter({ has: page.getByRole("button", { name: /Mark reviewed/ }) });
  await expect(open).toHaveCount(2);
  await expect(open.nth(0)).toContainText("Emergency");
  await expect(open.nth(0)).toContainText("Numbness around your bottom");
  await expect(open.nth(1)).toContainText("Urgent");
  await expect(open.nth(1)).toContainText("Bad pain at night");
  await expectNoSeriousA11yViolations(page);

  const emergency = open.nth(0);
  await emergency.getByLabel("Sent to emergency care").check();
  await emergency.getByLabel(/Reason/).fill("Told to go to the emergency department; went the same hour.");
  await emergency.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(alerts.getByRole("status")).toHaveText(/^Emergency alert from .+ marked reviewed\.$/);
  await expect(open).toHaveCount(1);

  // "Nothing needed" must say why: the field says so, and the alert stays open until it does.
  const urgent = open.nth(0);
  await urgent.getByLabel("Nothing needed").check();
  await urgent.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(urgent.getByText("Say why nothing was needed.")).toBeVisible();
  await expect(urgent.getByLabel(/Reason/)).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  await urgent.getByLabel(/Reason/).fill("Night pain from a new mattress; settled already.");
  await urgent.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(alerts).toContainText("No open alerts.");

  await page.reload();
  await expect(alerts).toContainText("No open alerts.");
  const history = alerts.getByRole("listitem").filter({ hasText: /Sent to emergency care|Nothing needed/ });
  await expect(history).toHaveCount(2);
  await expect(alerts).toContainText("Night pain from a new mattress; settled already.");
  await saveScreenshot(page, testInfo, "clinician-alerts-reviewed-with-outcomes");
});

test("the cauda equina card is one printed page, axe-clean, with the clinic's number for a signed-in patient", async ({ page, browser }, testInfo) => {
  await page.goto("/library/cauda-equina-card");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("cauda equina");
  await expect(page.getByText("go to the emergency department now, or call your local emergency number.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(pdfPageCount(await pdfOf(page, "A4"))).toBe(1);
  expect(pdfPageCount(await pdfOf(page, "Letter"))).toBe(1);
  await saveScreenshot(page, testInfo, "cauda-equina-card-print");

  // One tap from the patient's dashboard, with the clinic's emergency number.
  const patient = await browser.newPage();
  await signInByApi(patient.request, "maria@riverside.example");
  await patient.goto("/dashboard");
  await patient.getByRole("link", { name: /Emergency signs card/ }).click();
  await expect(patient).toHaveURL(/\/library\/cauda-equina-card$/);
  await expect(patient.getByText("go to the emergency department now, or call 911.")).toBeVisible();
  await patient.close();
});
