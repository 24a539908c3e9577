import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { PERSONAS, contextFor, signInByApi, uniqueEmail, type TPersonaName } from "./support/accounts";
import { newDeviceContext } from "./support/contexts";
import { PAGES, type TRow } from "./support/pages";
import { patientWithPlan } from "./support/patients";
import { linkIn, waitForEmail } from "./support/mailbox";

/*
 * axe-core (WCAG 2.2 AA) on every page of the app, as every role that is shown
 * it, at desktop and phone widths (the two projects): zero serious or critical
 * violations. The page list is the authorization matrix's, so a new page is
 * scanned as soon as it has its row there. Then the states a page changes into
 * when used: opened details, form errors, an added plan item, a red flag.
 */

type Role = "anonymous" | "patient" | "clinician" | "admin";

const ROLE_OF: Record<TPersonaName, Role> = { anonymous: "anonymous", patientA: "patient", patientB: "patient", clinician1: "clinician", clinician2: "clinician", admin: "admin" };

/** Who scans each role's view: James (patient B) has weeks of check-ins, a plan and a trend, so his pages (and Lee's view of them) show the most. */
const SCANNED_AS: Record<Role, TPersonaName> = { anonymous: "anonymous", patient: "patientB", clinician: "clinician1", admin: "admin" };

/** Pages no demo persona is shown (a half-signed-in step), each scanned by the spec that reaches it. */
// /account/two-factor: e2e/two-factor.spec.ts; /my-consent (the demo patients have accepted): e2e/clinic-records.spec.ts.
// Scanned by their own specs (or public pages that answer 404 here by design: the demo mailbox, a conversation nobody has, a summary before any discharge).
const SCANNED_ELSEWHERE = [
  "/account/two-factor",
  "/my-consent",
  "/demo/mailbox",
  "/messages/[conversationId]",
  "/inbox/[conversationId]",
  "/my-discharge-summary",
  "/patients/[patientId]/discharge-summary",
];

function rolesShown(expected: TRow): Role[] {
  const shown = Object.entries(expected).filter(([, outcome]) => outcome === 200);
  return [...new Set(shown.map(([persona]) => ROLE_OF[persona as TPersonaName]))];
}

async function signInAs(page: Page, persona: TPersonaName): Promise<void> {
  if (persona !== "anonymous") await signInByApi(page.request, PERSONAS[persona]);
}

/** The record the clinic pages open: James's, found through the clinician's own list. */
async function jamesId(page: Page): Promise<string> {
  const { patients } = await (await page.request.get(`/api/v1/patients?q=${encodeURIComponent(PERSONAS.patientB)}`)).json();
  expect(patients, "James in Lee's list").toHaveLength(1);
  return patients[0].id as string;
}

test("the scan finds a serious violation when there is one", async ({ page }) => {
  await page.goto("/");
  await page.locator("main").evaluate((main) => main.append(document.createElement("button")));
  await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/button-name/);
});

test.describe("every page, as each role that sees it", () => {
  test("every page is shown to some role, so every page is scanned", () => {
    expect(Object.keys(PAGES).filter((route) => rolesShown(PAGES[route]!.expect).length === 0 && !SCANNED_ELSEWHERE.includes(route))).toEqual([]);
  });

  for (const [route, probe] of Object.entries(PAGES)) {
    for (const role of rolesShown(probe.expect)) {
      test(`${route} as ${role}`, async ({ page }) => {
        const persona = SCANNED_AS[role];
        await signInAs(page, persona);
        // /inbox/new names the patient in its query.
        const patientId = route.includes("[patientId]") || route === "/inbox/new" ? await jamesId(page) : "";
        const response = await page.goto(probe.url({ patientId }));
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });
    }
  }
});

test.describe("pages in use", () => {
  test("the clinician's patient page with its details opened and the chart's readout showing, and a red flag to review", async ({ page }) => {
    // Three scans of long pages (the patient page has a review form per open alert): past 30 s on a busy machine.
    test.slow();
    await signInAs(page, "clinician1");
    const james = await jamesId(page);
    await page.goto(`/patients/${james}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/patients/${james}/profile`);
    const profile = page.getByRole("region", { name: "Profile and episode" });
    await profile.getByText("Edit episode").click();
    await profile.getByText("Start a new episode").click();
    await expect(profile.getByLabel("Date the new pain began")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/patients/${james}/trend`);
    const trend = page.getByRole("region", { name: "Pain trend" });
    await trend.getByText("Chart data as a table").click();
    await trend.locator("svg[aria-label^='Trend chart by day since onset']").focus();
    await page.keyboard.press("ArrowRight");
    await expect(trend.getByRole("status")).toContainText(/pain/i);
    await expectNoSeriousA11yViolations(page);

    // Sofia answered a red flag yesterday: the list's badge and the open alert.
    await page.goto("/patients?alert=1");
    await expect(page.getByRole("row").filter({ hasText: "Sofia Rossi" })).toContainText("Red flag");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Sofia Rossi" }).click();
    await page.getByRole("link", { name: /^Review alert/ }).click();
    await expect(page.getByRole("region", { name: "Red-flag alerts" }).getByRole("button", { name: /Mark reviewed/ }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the plan builder with an exercise added, and the library filtered", async ({ page }) => {
    await signInAs(page, "clinician1");
    await page.goto(`/patients/${await jamesId(page)}/plan`);
    await page.getByLabel("Search exercises").fill("bird dog");
    await page.getByRole("button", { name: "Add Bird dog" }).click();
    await expect(page.getByRole("button", { name: "Remove: Bird dog" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // A dose the form refuses, with its message by the field. James's plan is the demo's: no save may leave the page.
    await page.route(/\/api\/v1\/patients\/[^/]+\/plans/, (route) => route.abort());
    const firstItem = page.getByRole("group").filter({ has: page.getByLabel("Sets") }).first();
    await firstItem.getByLabel("Sets").fill("0");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(firstItem.getByText("The number of sets must be at least 1.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/library?condition=SCIATICA");
    await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("adding a patient: the form's errors, the invitation sent, and the invitation page the patient opens", async ({ page, browser }, testInfo) => {
    // Two browsers and an axe scan at each step.
    test.slow();
    await signInAs(page, "clinician1");
    await page.goto("/patients/new");
    await page.getByRole("button", { name: /add patient/i }).click();
    await expect(page.getByText("Enter the patient's name.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const email = uniqueEmail("access");
    await page.getByLabel("Full name").fill("Ada Access");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Date of birth").fill("1985-03-03");
    await page.getByLabel("Date the pain began").fill("2026-11-01");
    await page.getByLabel("Primary condition").selectOption("LOW_BACK_PAIN");
    await page.getByRole("button", { name: /add patient/i }).click();
    await expect(page.getByRole("heading", { name: "Invitation emailed to Ada Access" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const inviteeContext = await newDeviceContext(browser, testInfo);
    const invitee = await inviteeContext.newPage();
    await invitee.goto(linkIn(await waitForEmail(email, { subject: /invited you/ }), "/invite/"));
    await expect(invitee.getByRole("heading", { name: "Welcome, Ada Access" })).toBeVisible();
    await expectNoSeriousA11yViolations(invitee);
    await invitee.getByLabel("New password").fill("short");
    await invitee.getByRole("button", { name: /set password/i }).click();
    await expect(invitee.getByLabel("Type it again")).toHaveAttribute("aria-invalid", "true");
    await expect(invitee.getByText("Tick the ones that are true, or \"None of these\".")).toBeVisible();
    await expect(invitee.getByText("Accept the privacy notice and terms to set up your account.")).toBeVisible();
    await expectNoSeriousA11yViolations(invitee);
    await invitee.getByRole("group", { name: "Is any of this true for you?" }).getByLabel("None of these").check();
    await invitee.getByLabel("I have read and accept the privacy notice and the terms above.").check();
    await invitee.getByLabel("Type it again").fill("short");
    await invitee.getByRole("button", { name: /set password/i }).click();
    await expect(invitee.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(invitee);
    await inviteeContext.close();
  });

  test("forms with their errors showing: staff invitation and password change", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/staff");
    await page.getByRole("button", { name: "Invite clinician" }).click();
    await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);

    await page.goto("/account/password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
  });

  test("the patient's weekly chart with its numbers shown", async ({ page }) => {
    await signInAs(page, "patientB");
    await page.goto("/check-ins");
    const progress = page.getByRole("region", { name: "My pain, week by week" });
    await progress.getByText("Show the numbers").click();
    await expect(progress.getByRole("table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a patient's day: marking exercises, a check-in with errors, a red flag answered, and the help it brings", async ({ page, baseURL }) => {
    // Several pages, each scanned by axe in more than one state.
    test.slow();
    // A patient of our own: this test saves marks and a check-in.
    const password = "quiet paths and long views";
    const { email } = await patientWithPlan(await contextFor("clinician1", baseURL!), password);
    await signInByApi(page.request, email, password);

    await page.goto("/dashboard");
    const today = page.getByRole("region", { name: "Today's exercises" });
    await today.getByRole("button", { name: "Skip: Walking program" }).click();
    await expect(today.getByRole("group", { name: /Why skip Walking program/ })).toBeVisible();
    await today.getByRole("button", { name: "Done: Sciatic nerve glide" }).click();
    await today.getByRole("button", { name: "Add how Sciatic nerve glide felt" }).click();
    await expect(today.getByRole("group", { name: "How did it feel?" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/check-in");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Choose your pain now from 0 to 10.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("group", { name: "How bad is your pain right now?" }).getByText("5", { exact: true }).click();
    await page.getByLabel("A fever, or you feel hot, shivery or unwell").check();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { name: "Contact your clinic, doctor or urgent care today" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/check-in");
    await page.getByLabel("Leaking urine or poo, or you cannot hold it in").check();
    await expect(page.getByRole("heading", { name: "Call 911 or go to the emergency department now" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/check-ins");
    await expect(page.getByText(/Warning signs: A fever, or feeling hot, shivery or unwell/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
