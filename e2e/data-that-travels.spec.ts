import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import Papa from "papaparse";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInByApi } from "./support/accounts";
import { pdfOf, pdfPageCount } from "./support/pdf";
import { saveScreenshot } from "./support/screenshots";

/*
 * The patient's copy of their data, their calendar link, and the two print
 * views, in a real browser. Each project (desktop, phone) uses its own
 * patient, because making a calendar link revokes that patient's previous one.
 */
const patientFor = (project: string) => (project === "phone" ? "aisha@riverside.example" : "james@riverside.example");

test("the patient downloads their data as a ZIP of CSVs, a FHIR bundle and a README", async ({ page }, testInfo) => {
  await signInByApi(page.request, patientFor(testInfo.project.name));
  await page.goto("/my-data");
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^backtrack-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))));
  expect(Object.keys(files).sort()).toEqual(["README.md", "check-ins.csv", "exercise-completions.csv", "fhir-bundle.json", "messages.csv"]);
  const checkIns = Papa.parse<Record<string, string>>(strFromU8(files["check-ins.csv"]!), { header: true, skipEmptyLines: true }).data;
  const api = await (await page.request.get(`/api/v1/patients/${await myId(page)}/check-ins?limit=366`)).json();
  expect(checkIns.map((row) => [row.date, Number(row.pain_now)])).toEqual(
    [...api.checkIns].reverse().map((checkIn: { date: string; painNow: number }) => [checkIn.date, checkIn.painNow]),
  );
  const bundle = JSON.parse(strFromU8(files["fhir-bundle.json"]!));
  expect(bundle.resourceType).toBe("Bundle");
  expect(strFromU8(files["README.md"]!)).toContain("pain_now");
});

test("the patient makes a calendar link that a calendar app can read, then turns it off", async ({ page }, testInfo) => {
  await signInByApi(page.request, patientFor(testInfo.project.name));
  await page.goto("/my-data");
  await page.getByRole("button", { name: /Make (a new|my) calendar link/ }).click();
  const link = page.getByLabel("Your calendar link");
  await expect(link).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  const url = await link.inputValue();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "patient-my-data-calendar");

  // The calendar app has no session: the link alone must do.
  const feed = await page.context().request.fetch(url, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(events.some((event) => event.summary.startsWith("Home exercises"))).toBe(true);
  expect(events.some((event) => event.summary === "BackTrack weekly check-in")).toBe(true);

  await page.getByRole("button", { name: "Turn the calendar link off" }).click();
  await expect(page.getByText("You have no calendar link.")).toBeVisible();
  expect((await page.context().request.fetch(url, { headers: { cookie: "" } })).status()).toBe(404);
});

test("the exercise handout prints with pictures, doses and steps, an exercise never split across pages", async ({ page }, testInfo) => {
  await signInByApi(page.request, patientFor(testInfo.project.name));
  await page.goto("/my-plan");
  await page.getByRole("link", { name: "Handout with pictures and steps" }).click();
  await page.waitForURL("**/my-plan/handout");
  const exercises = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(exercises.first()).toBeVisible();
  const count = await exercises.count();
  expect(count).toBeGreaterThan(0);
  await expect(exercises.first().getByRole("heading", { name: "Steps" })).toBeVisible();
  await expect(exercises.first().locator("svg")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const pages = pdfPageCount(await pdfOf(page));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(count);
  await saveScreenshot(page, testInfo, "patient-exercise-handout-print");
});

test("the clinician's visit summary prints on one page", async ({ page }, testInfo) => {
  await signInByApi(page.request, "lee@riverside.example");
  await page.goto("/patients?q=aisha");
  await page.getByRole("link", { name: "Aisha Rahman" }).click();
  await page.getByRole("link", { name: "Print visit summary" }).click();
  await expect(page.getByRole("heading", { name: /^Visit summary: Aisha Rahman/ })).toBeVisible();
  await expect(page.getByRole("figure")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(pdfPageCount(await pdfOf(page))).toBe(1);
  await saveScreenshot(page, testInfo, "clinician-visit-summary-print");
});

async function myId(page: Page): Promise<string> {
  const me = await (await page.request.get("/api/v1/me")).json();
  return me.id;
}
