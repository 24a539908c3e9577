import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";
import { currentConsentIds, historyAnswer } from "./support/patients";
import { saveScreenshot } from "./support/screenshots";
import { invitationTokenFor } from "./support/mailbox";

test("a clinician finds a new patient in the list, assigns two guides, builds a plan from a template, changes a dose and saves it as a template; the patient sees it; a change keeps the earlier version", async ({ page, browser, baseURL }, testInfo) => {
  // A long journey through several pages: the default 30 s is too close on a 2-core machine.
  test.slow();
  // A patient of our own, so reruns and parallel projects never collide.
  const lee = await contextFor("clinician1", baseURL!);
  const email = uniqueEmail("planner");
  const created = await lee.post("/api/v1/patients", {
    data: { name: "Paula Planner", email, dateOfBirth: "1980-02-14", onsetDate: "2026-11-18", primaryCondition: "LOW_BACK_PAIN", timeZone: "UTC" },
  });
  expect(created.status()).toBe(200);
  const { patientId } = (await created.json()) as { patientId: string };
  const password = "gentle walks every morning";
  const consentVersionIds = await currentConsentIds(lee, patientId);
  expect((await lee.post("/api/v1/invitations/accept", { data: { token: await invitationTokenFor(email), password, history: historyAnswer([]), consentVersionIds } })).status()).toBe(200);

  // Find her from the clinician's list by search, then give her two guides.
  await signInByApi(page.request, "lee@riverside.example");
  await page.goto("/patients");
  await page.getByLabel("Name or email").fill(email);
  await page.getByRole("button", { name: "Show patients" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await saveScreenshot(page, testInfo, "patient-list-search");
  await page.getByRole("link", { name: "Paula Planner" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paula Planner");
  await page.getByRole("link", { name: "Assign guide" }).click();
  await page.getByRole("checkbox", { name: "Low back pain" }).check();
  await page.getByRole("checkbox", { name: "Preventing back pain" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 guides assigned." })).toBeVisible();
  await page.getByRole("link", { name: "Plan and adherence" }).click();
  await expect(page.getByText("No exercise plan yet.")).toBeVisible();
  await page.getByRole("link", { name: "Build a plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New exercise plan for Paula Planner");

  // Start from a clinic template: its exercises arrive with their doses.
  await page.getByLabel("Start from a clinic template").selectOption({ label: "Acute low back pain — first two weeks" });
  await page.getByRole("button", { name: "Use template" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Acute low back pain — first two weeks");
  const items = page.getByRole("group").filter({ has: page.getByLabel("Sets") });
  const fromTemplate = await items.count();
  expect(fromTemplate).toBeGreaterThan(1);

  // A bad dose is named by the field, and nothing is sent.
  await items.first().getByLabel("Sets").fill("0");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(items.first().getByText("The number of sets must be at least 1.")).toBeVisible();
  await items.first().getByLabel("Sets").fill("3");

  // Add an exercise from the library and move it to the top.
  await page.getByLabel("Search exercises").fill("bird dog");
  await page.getByRole("button", { name: "Add Bird dog" }).click();
  await expect(items).toHaveCount(fromTemplate + 1);
  for (let moves = 0; moves < fromTemplate; moves++) await page.getByRole("button", { name: "Move up: Bird dog" }).click();
  await expect(items.first().locator("legend")).toHaveText("1. Bird dog");
  await expect(page.getByRole("button", { name: "Move up: Bird dog" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "plan-builder");

  const templateName = `Paula's start ${Date.now().toString(36)}`;
  await page.getByLabel("Also save as a clinic template (optional)").fill(templateName);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/exercise-plan$`));
  const plan = page.getByRole("region", { name: "Exercise plan" });
  await expect(plan.getByRole("listitem").first()).toContainText("Bird dog");
  await expect(plan.getByRole("listitem").nth(1)).toContainText("10 minutes, 3 times");
  await saveScreenshot(page, testInfo, "patient-page-with-plan");

  // The saved template is offered for the next plan.
  const templates = (await (await lee.get("/api/v1/plan-templates")).json()).templates as { name: string; items: unknown[] }[];
  expect(templates.find((template) => template.name === templateName)?.items).toHaveLength(fromTemplate + 1);

  // The patient sees the plan on their dashboard and on its printable page.
  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  await signInByApi(patientPage.request, email, password);
  await patientPage.goto("/dashboard");
  const today = patientPage.getByRole("region", { name: "Today's exercises" });
  await expect(patientPage.getByRole("region", { name: "My guides" }).getByRole("listitem")).toHaveCount(2);
  await expect(today.getByRole("listitem").first()).toContainText("Bird dog");
  // Week 1 only: the template's week-2 walk is not due yet.
  await expect(today.getByText(`0 of ${fromTemplate} done today`)).toBeVisible();
  await saveScreenshot(patientPage, testInfo, "patient-dashboard-with-plan");
  await today.getByRole("link", { name: "See my whole plan and print it" }).click();
  await expect(patientPage.getByRole("heading", { name: "Acute low back pain — first two weeks" })).toBeVisible();
  await expect(patientPage.getByRole("button", { name: "Print my plan" })).toBeVisible();
  await expectNoSeriousA11yViolations(patientPage);

  // A change is a new version: the patient follows it, the first version stays as it was.
  await page.getByRole("link", { name: "Change this plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change Paula Planner's plan");
  await page.getByRole("button", { name: "Remove: Bird dog" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("region", { name: "Exercise plan" })).toContainText("version 2");
  await patientPage.goto("/dashboard");
  await expect(patientPage.getByRole("region", { name: "Today's exercises" }).getByText("Bird dog")).toHaveCount(0);
  await patientContext.close();

  const versions = await lee.get(`/api/v1/patients/${patientId}/plans`);
  expect((await versions.json()).current.versionCount).toBe(2);
});
