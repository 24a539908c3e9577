import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi } from "./support/accounts";
import { patientWithPlan } from "./support/patients";
import { saveScreenshot } from "./support/screenshots";

test.describe("the patient's day on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("check in (kept through a dropped connection), do today's exercises, see the history; a red flag gets help at once and reaches the clinician", async ({ page, browser, baseURL }, testInfo) => {
    const lee = await contextFor("clinician1", baseURL!);
    const password = "slow steady walks daily";
    const { email, patientId } = await patientWithPlan(lee, password);
    await signInByApi(page.request, email, password);

    await page.goto("/dashboard");
    await expectNoSeriousA11yViolations(page);
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

    // The connection drops as the answers go: nothing is lost, and the same answers go once it is back.
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

    // Today's exercises: one done, one skipped for lack of time.
    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Today's check-in" })).toContainText("Done for today");
    const today = page.getByRole("region", { name: "Today's exercises" });
    await today.getByRole("button", { name: "Done: Sciatic nerve glide" }).click();
    await expect(today.getByText("1 of 2 done today")).toBeVisible();
    await today.getByRole("button", { name: "Skip: Walking program" }).click();
    await today.getByRole("button", { name: "No time" }).click();
    await expect(today.getByText("Skipped · no time")).toBeVisible();
    await saveScreenshot(page, testInfo, "patient-dashboard-today");
    await page.reload();
    await expect(page.getByRole("region", { name: "Today's exercises" }).getByText("1 of 2 done today")).toBeVisible();

    // The history lists today's check-in.
    await page.getByRole("link", { name: "See my check-ins" }).click();
    const history = page.getByRole("listitem").filter({ hasText: "Pain 6 out of 10" });
    await expect(history).toContainText("Lower back, Back of the thigh (left), below the knee");
    await expect(history).toContainText("Weekly questions: 5 out of 10 on average");
    await saveScreenshot(page, testInfo, "patient-check-in-history");

    // A retried submission (same key) is stored once, whatever the network did.
    const body = { date: new Date().toISOString().slice(0, 10), painNow: 4, requestId: randomUUID() };
    const first = await (await page.request.post(`/api/v1/patients/${patientId}/check-ins`, { data: body, headers: { origin: baseURL! } })).json();
    const retry = await (await page.request.post(`/api/v1/patients/${patientId}/check-ins`, { data: body, headers: { origin: baseURL! } })).json();
    expect(retry.checkIn).toEqual(first.checkIn);
    const stored = (await (await page.request.get(`/api/v1/patients/${patientId}/check-ins`)).json()).checkIns as unknown[];
    expect(stored).toHaveLength(1);

    // Changing today's check-in to answer a red flag: help at once, and an alert for the clinic.
    await page.goto("/check-in");
    await page.getByLabel("Weakness in your leg that is getting worse").check();
    await page.getByRole("button", { name: "Send changes" }).click();
    await expect(page.getByRole("heading", { name: "Get medical help now" })).toBeFocused();
    await expect(page.getByText("Weakness in your leg that is getting worse")).toBeVisible();
    await saveScreenshot(page, testInfo, "patient-get-help-now");

    const clinician = await browser.newPage();
    await signInByApi(clinician.request, "lee@riverside.example");
    await clinician.goto(`/patients?alert=1&q=${encodeURIComponent(email)}`);
    await expect(clinician.getByRole("row").filter({ hasText: "Chris Checker" })).toContainText("Red flag");
    await clinician.getByRole("link", { name: "Chris Checker" }).click();
    const alerts = clinician.getByRole("region", { name: "Red-flag alerts" });
    await expect(alerts).toContainText("Weakness in your leg that is getting worse");
    await alerts.getByLabel("Booked an appointment").check();
    await alerts.getByRole("button", { name: /Mark reviewed/ }).click();
    await expect(alerts).toContainText("No open alerts.");
    await expect(clinician.getByRole("region", { name: "Check-ins" })).toContainText("4");
    await clinician.close();
  });
});
