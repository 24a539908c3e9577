import { expect, test, type Page } from "@playwright/test";
import { addDays, todayIn } from "../lib/dates/calendar-date";
import { signInWithForm, uniqueEmail } from "./support/accounts";
import { newDeviceContext } from "./support/contexts";
import { saveScreenshot } from "./support/screenshots";
import { linkIn, waitForEmail } from "./support/mailbox";

/*
 * One patient's first week and a half, end to end in a real browser against
 * the production build and a real database: the clinician invites, assigns
 * and plans; the patient signs up, reads, exercises and checks in (once with a
 * red flag); the clinician sees the trend and the alert and reviews it.
 * A screenshot of each main page is kept with the test's results.
 */

const TIME_ZONE = "Pacific/Auckland";
const SCRIPT_PAYLOAD = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
/** The emergency question as the check-in asks it, and the sign in the shared plain words the screens and lists show. */
const RED_FLAG_QUESTION = "Leaking urine or poo, or you cannot hold it in";
const RED_FLAG = "Leaking urine or stool, or loss of control of your bladder or bowels";
/** Pain by day, counted back from the patient's today; the episode began 10 days ago, so days -6 to -4 are week 1 and -2 to 0 are week 2. */
const PAIN_BY_DAY = [
  { back: 6, pain: 7 },
  { back: 5, pain: 7 },
  { back: 4, pain: 6 },
  { back: 2, pain: 4, redFlag: true },
  { back: 1, pain: 3, note: SCRIPT_PAYLOAD },
  { back: 0, pain: 3 },
];
const mediumDate = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Any alert, confirm or prompt is a script that should never have run. */
function recordDialogs(page: Page, dialogs: string[]): void {
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

test("a clinician invites a patient and plans their care; the patient signs up, reads, exercises and checks in for a week with a red flag; the clinician sees the trend and reviews the alert", async ({ page, browser }, testInfo) => {
  test.slow();
  const dialogs: string[] = [];
  recordDialogs(page, dialogs);
  const email = uniqueEmail("journey");
  const name = "Jonah Journey";
  const password = "morning walks by the harbour";

  // The clinician adds the patient, in the patient's own time zone; the invitation goes to the patient's email.
  await signInWithForm(page, "lee@riverside.example");
  await expect(page).toHaveURL(/\/patients$/);
  await saveScreenshot(page, testInfo, "01-clinician-patient-list");
  await page.getByRole("link", { name: "Add a patient" }).first().click();
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Date of birth").fill("1972-07-15");
  await page.getByLabel("Date the pain began").fill(addDays(todayIn(TIME_ZONE), -10));
  await page.getByLabel("Primary condition").selectOption("LOW_BACK_PAIN");
  await page.getByLabel("Patient's time zone").fill(TIME_ZONE);
  await page.getByRole("button", { name: /add patient/i }).click();
  // The clinician never sees the link: it goes to the patient's email.
  await expect(page.getByRole("heading", { name: `Invitation emailed to ${name}` })).toBeVisible();
  await expect(page.getByText("/invite/")).toHaveCount(0);
  const invitationUrl = linkIn(await waitForEmail(email, { subject: /invited you/ }), "/invite/");
  expect(invitationUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await saveScreenshot(page, testInfo, "02-clinician-invitation-sent");
  await page.getByRole("link", { name: `Open ${name}'s page` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const patientId = new URL(page.url()).pathname.split("/")[2]!;
  await page.getByRole("link", { name: "Profile", exact: true }).click();
  await expect(page.getByRole("region", { name: "Profile and episode" })).toContainText(TIME_ZONE);

  // Two guides, and a private note whose markup must stay text.
  await page.getByRole("link", { name: "Guides", exact: true }).click();
  await page.getByRole("checkbox", { name: "Low back pain" }).check();
  await page.getByRole("checkbox", { name: "Preventing back pain" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 guides assigned." })).toBeVisible();
  await page.getByRole("link", { name: "Notes", exact: true }).click();
  await page.getByLabel("New note (staff only)").fill(SCRIPT_PAYLOAD);
  await page.getByRole("button", { name: "Add note" }).click();
  const notes = page.getByRole("region", { name: "Clinic notes" });
  await expect(notes.getByText(SCRIPT_PAYLOAD, { exact: true })).toBeVisible();
  await expect(page.locator("img[src='x']")).toHaveCount(0);

  // A plan from a clinic template, starting on the patient's today.
  await page.getByRole("link", { name: "Summary", exact: true }).click();
  await page.getByRole("link", { name: "Build a plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`New exercise plan for ${name}`);
  await page.getByLabel("Start from a clinic template").selectOption({ label: "Acute low back pain — first two weeks" });
  await page.getByRole("button", { name: "Use template" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Acute low back pain — first two weeks");
  await expect(page.getByLabel("Start date")).toHaveValue(todayIn(TIME_ZONE));
  await saveScreenshot(page, testInfo, "03-clinician-plan-builder");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/exercise-plan$`));
  await expect(page.getByRole("region", { name: "Exercise plan" })).toContainText("Pelvic tilt");
  await saveScreenshot(page, testInfo, "04-clinician-patient-page-planned");

  // The patient opens the emailed link on their own device and sets a password.
  const patientContext = await newDeviceContext(browser, testInfo);
  const patient = await patientContext.newPage();
  recordDialogs(patient, dialogs);
  await patient.goto(invitationUrl);
  await expect(patient.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await saveScreenshot(patient, testInfo, "05-patient-invitation");
  await patient.getByLabel("New password").fill(password);
  await patient.getByLabel("Type it again").fill(password);
  // The health history is asked once, here; "None of these" is an answer.
  await patient.getByRole("group", { name: "Is any of this true for you?" }).getByLabel("None of these").check();
  // The clinic's privacy notice and terms, accepted on the same form.
  await patient.getByLabel("I have read and accept the privacy notice and the terms above.").check();
  await patient.getByRole("button", { name: /set password/i }).click();
  await expect(patient).toHaveURL(/\/dashboard$/);
  await expect(patient.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();

  // Both guides wait as new; reading one marks it read.
  const guides = patient.getByRole("region", { name: "My guides" });
  await expect(guides.getByRole("listitem")).toHaveCount(2);
  await expect(guides.getByRole("listitem").filter({ hasText: "New" })).toHaveCount(2);
  await saveScreenshot(patient, testInfo, "06-patient-dashboard-first-visit");
  await guides.getByRole("link", { name: "Low back pain" }).click();
  await expect(patient.getByRole("heading", { level: 1 })).toHaveText(/low back pain/i);
  await expect(patient.getByRole("heading", { name: /get help if you have back pain/i })).toBeVisible();
  await saveScreenshot(patient, testInfo, "07-patient-guide");
  await patient.goto("/dashboard");
  await expect(guides.getByRole("listitem").filter({ hasText: "Low back pain" })).not.toContainText("New");

  // Today's exercises, all done, one tap each.
  const exercises = patient.getByRole("region", { name: "Today's exercises" });
  const doneButtons = exercises.getByRole("button", { name: /^Done: / });
  const due = await doneButtons.count();
  expect(due).toBeGreaterThan(1);
  for (let done = 1; done <= due; done++) {
    // The mark shows at once; wait for it to be saved too, as the reload below would cancel a save under way.
    const saved = patient.waitForResponse((response) => response.url().endsWith(`/api/v1/patients/${patientId}/exercise-log`) && response.request().method() === "POST");
    await doneButtons.first().click();
    await expect(exercises.getByText(`${done} of ${due} done today`)).toBeVisible();
    expect((await saved).status()).toBe(200);
  }
  await patient.reload();
  await expect(exercises.getByText(`${due} of ${due} done today`)).toBeVisible();
  await saveScreenshot(patient, testInfo, "08-patient-exercises-done");

  // A week of check-ins, dated from the patient's today (their zone, not the server's).
  const status = await (await patient.request.get(`/api/v1/patients/${patientId}/check-ins/status`)).json();
  expect(status.today).toBe(todayIn(TIME_ZONE));
  for (const day of PAIN_BY_DAY) {
    const date = addDays(status.today, -day.back);
    await patient.goto(day.back === 0 ? "/check-in" : `/check-in?date=${date}`);
    await expect(patient.getByRole("heading", { level: 1 })).toHaveText(day.back === 0 ? "Today's check-in" : /^Check-in for /);
    await patient.getByRole("group", { name: "How bad is your pain right now?" }).getByText(String(day.pain), { exact: true }).click();
    await patient.getByLabel("Lower back").check();
    if (day.note) await patient.getByLabel("Anything else for your clinic? (optional)").fill(day.note);
    if (day.redFlag) {
      await patient.getByLabel(RED_FLAG_QUESTION).check();
      await saveScreenshot(patient, testInfo, "09-patient-check-in-red-flag-answered");
    }
    await patient.getByRole("button", { name: "Send" }).click();
    if (day.redFlag) {
      await expect(patient.getByRole("heading", { name: "Call 911 or go to the emergency department now" })).toBeFocused();
      await expect(patient.getByRole("listitem").filter({ hasText: RED_FLAG })).toBeVisible();
      await saveScreenshot(patient, testInfo, "10-patient-get-medical-help-now");
    } else {
      await expect(patient.getByRole("heading", { name: "Thank you" })).toBeVisible();
    }
  }
  await patient.goto("/check-ins");
  await expect(patient.getByRole("listitem").filter({ hasText: /Pain \d+ out of 10/ })).toHaveCount(PAIN_BY_DAY.length);
  await expect(patient.getByText(`Warning signs: ${RED_FLAG}`)).toBeVisible();
  await expect(patient.getByText(SCRIPT_PAYLOAD, { exact: true })).toBeVisible();
  await saveScreenshot(patient, testInfo, "11-patient-check-ins");
  await patient.goto("/dashboard");
  await expect(patient.getByText("Your average pain this week is 3.3, down from 6.7 in your first week of check-ins. That is a real improvement.")).toBeVisible();

  // The clinician: the red flag is on the list, and the trend on the patient's page.
  await page.goto(`/patients?alert=1&q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Red flag");
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Trend", exact: true }).click();
  const trend = page.getByRole("region", { name: "Pain trend" });
  await expect(trend).toContainText("week 1, mean 6.7");
  await expect(trend).toContainText("week 2, mean 3.3 (-3.4 points, -51%: clinically important improvement)");
  await expect(trend).toContainText("down from 6.7 in your first week");
  await expect(trend.locator("svg[aria-label^='Trend chart by day since onset']")).toBeVisible();
  await expect(trend.getByRole("table", { name: /Pain by week since the pain began/ })).toBeVisible();
  await saveScreenshot(page, testInfo, "12-clinician-patient-trend");
  await page.getByRole("link", { name: "Check-ins", exact: true }).click();
  await expect(page.getByRole("region", { name: "Check-ins" }).getByText(SCRIPT_PAYLOAD, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Alerts", exact: true }).click();
  await saveScreenshot(page, testInfo, "12-clinician-patient-alert");

  // The open alert, marked reviewed: gone from the page and from the list's red-flag filter.
  const alerts = page.getByRole("region", { name: "Red-flag alerts" });
  const redFlagDay = addDays(status.today, -PAIN_BY_DAY.find((day) => day.redFlag)!.back);
  await expect(alerts).toContainText(`Check-in of ${mediumDate(redFlagDay)}`);
  await expect(alerts).toContainText(RED_FLAG);
  // A review says what was done: the form asks for it first.
  await alerts.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(alerts.getByText("Choose what you did.")).toBeVisible();
  await alerts.getByLabel("Called the patient").check();
  await alerts.getByRole("button", { name: /Mark reviewed/ }).click();
  await expect(alerts).toContainText("No open alerts.");
  await expect(alerts.getByRole("status")).toHaveText(`Emergency alert from ${mediumDate(redFlagDay)} marked reviewed.`);
  await page.reload();
  await expect(alerts).toContainText("No open alerts.");
  await expect(alerts).toContainText("Called the patient");
  await saveScreenshot(page, testInfo, "13-clinician-alert-reviewed");
  await page.goto(`/patients?alert=1&q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  expect(dialogs, "no script from a note ran").toEqual([]);
  await patientContext.close();
});
