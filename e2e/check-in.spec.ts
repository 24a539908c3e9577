import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { redFlagPlain } from "../lib/red-flags/red-flags";
import { contextFor, signInByApi } from "./support/accounts";
import { patientWithPlan, type TNewPatient } from "./support/patients";
import { saveScreenshot } from "./support/screenshots";

/*
 * The patient's day on a phone, one part per test: each test makes its own
 * patient (with a plan), so the parts run in parallel and each stays well
 * under the time limit when desktop and phone share two cores.
 */

const PASSWORD = "slow steady walks daily";

async function signedInPatient(page: Page, baseURL: string): Promise<TNewPatient> {
  const clinician = await contextFor("clinician1", baseURL);
  const patient = await patientWithPlan(clinician, PASSWORD);
  await signInByApi(page.request, patient.email, PASSWORD);
  return patient;
}

function postCheckIn(request: APIRequestContext, patientId: string, baseURL: string, body: Record<string, unknown>) {
  return request.post(`/api/v1/patients/${patientId}/check-ins`, { data: body, headers: { origin: baseURL } });
}

const today = () => new Date().toISOString().slice(0, 10);
const LEG_WEAKNESS = redFlagPlain("WORSENING_LEG_WEAKNESS");

test.describe("the patient's day on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("check in: a missing score is named, the answers are sent with the weekly questions, and the history lists them", async ({ page, baseURL }, testInfo) => {
    // A whole check-in by hand (a dozen answers, an axe scan) and four page loads: 20-40 s on a loaded 2-core machine.
    test.slow();
    await signedInPatient(page, baseURL!);

    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Check in now" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today's check-in");

    // Sending with no pain score names the problem.
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Choose your pain now from 0 to 10.")).toBeVisible();

    await page.getByRole("group", { name: "How bad is your pain right now?" }).getByText("6", { exact: true }).click();
    await page.getByLabel("Lower back").check();
    await page.getByLabel("Back of the thigh").check();
    await page.getByRole("radio", { name: "Left" }).check();
    await page.getByLabel("The pain goes below my knee").check();
    await page.getByLabel("Minutes of walking or other activity today").fill("20");
    // A new patient is asked the weekly PEG-3 too.
    for (const question of ["on average in the past week", "enjoyment of life", "general activity"]) {
      await page.getByRole("group", { name: new RegExp(question) }).getByText("5", { exact: true }).click();
    }
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();

    await page.goto("/check-ins");
    const history = page.getByRole("listitem").filter({ hasText: "Pain 6 out of 10" });
    await expect(history).toContainText("Lower back, Back of the thigh (left), below the knee");
    await expect(history).toContainText("Weekly questions: 5 out of 10 on average");
    await saveScreenshot(page, testInfo, "patient-check-in-history");
  });

  test("check in through a dropped connection: nothing typed is lost, and the same answers go once it is back", async ({ page, baseURL }) => {
    const { patientId } = await signedInPatient(page, baseURL!);

    await page.goto("/check-in");
    await page.getByRole("group", { name: "How bad is your pain right now?" }).getByText("6", { exact: true }).click();
    await page.getByLabel("Minutes of walking or other activity today").fill("20");

    const checkInsApi = `**/api/v1/patients/${patientId}/check-ins`;
    await page.route(checkInsApi, (route) => route.abort("internetdisconnected"));
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText(/No connection right now/)).toBeVisible();
    await page.unroute(checkInsApi);
    await page.reload();
    await expect(page.getByText("We kept what you typed last time.")).toBeVisible();
    await expect(page.getByLabel("Minutes of walking or other activity today")).toHaveValue("20");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
  });

  test("today's exercises: one done, one skipped for lack of time, both kept after a reload", async ({ page, baseURL }, testInfo) => {
    await signedInPatient(page, baseURL!);

    await page.goto("/dashboard");
    const exercises = page.getByRole("region", { name: "Today's exercises" });
    await exercises.getByRole("button", { name: "Done: Sciatic nerve glide" }).click();
    await expect(exercises.getByText("1 of 2 done today")).toBeVisible();
    await exercises.getByRole("button", { name: "Skip: Walking program" }).click();
    await exercises.getByRole("button", { name: "No time" }).click();
    await expect(exercises.getByText("Skipped · no time")).toBeVisible();
    await saveScreenshot(page, testInfo, "patient-dashboard-today");
    await page.reload();
    await expect(page.getByRole("region", { name: "Today's exercises" }).getByText("1 of 2 done today")).toBeVisible();
  });

  test("a retried check-in (same request key) is stored once, whatever the network did", async ({ page, baseURL }) => {
    const { patientId } = await signedInPatient(page, baseURL!);
    const body = { date: today(), painNow: 4, requestId: randomUUID() };
    const first = await (await postCheckIn(page.request, patientId, baseURL!, body)).json();
    const retry = await (await postCheckIn(page.request, patientId, baseURL!, body)).json();
    expect(retry.checkIn).toEqual(first.checkIn);
    const stored = (await (await page.request.get(`/api/v1/patients/${patientId}/check-ins`)).json()).checkIns as unknown[];
    expect(stored).toHaveLength(1);

    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Today's check-in" })).toContainText("Done for today");
  });

  test("a red flag added to today's check-in gets help at once and reaches the clinician, who reviews it", async ({ page, browser, baseURL }, testInfo) => {
    // Two signed-in pages (patient and clinician) in one test.
    test.slow();
    const { email, patientId } = await signedInPatient(page, baseURL!);
    expect((await postCheckIn(page.request, patientId, baseURL!, { date: today(), painNow: 4, requestId: randomUUID() })).status()).toBe(200);

    await page.goto("/check-in");
    await page.getByLabel("A leg that gets weak fast, or a foot that drops or drags").check();
    await page.getByRole("button", { name: "Send changes" }).click();
    await expect(page.getByRole("heading", { name: "Call 911 or go to the emergency department now" })).toBeFocused();
    await expect(page.getByText(LEG_WEAKNESS)).toBeVisible();
    await saveScreenshot(page, testInfo, "patient-get-help-now");

    const clinician = await browser.newPage();
    await signInByApi(clinician.request, "lee@riverside.example");
    await clinician.goto(`/patients?alert=1&q=${encodeURIComponent(email)}`);
    await expect(clinician.getByRole("row").filter({ hasText: "Chris Checker" })).toContainText("Red flag");
    await clinician.getByRole("link", { name: "Chris Checker" }).first().click();
    await expect(clinician).toHaveURL(/\/patients\/[^/]+$/);
    const record = clinician.url().split("#")[0]!.split("?")[0]!;
    await clinician.goto(`${record}/alerts`);
    const alerts = clinician.getByRole("region", { name: "Red-flag alerts" });
    await expect(alerts).toContainText(LEG_WEAKNESS);
    await alerts.getByLabel("Booked an appointment").check();
    await alerts.getByRole("button", { name: /Mark reviewed/ }).click();
    await expect(alerts).toContainText("No open alerts.");
    await clinician.goto(`${record}/check-ins`);
    await expect(clinician.getByRole("region", { name: "Check-ins" })).toContainText("4");
    await clinician.close();
  });
});
