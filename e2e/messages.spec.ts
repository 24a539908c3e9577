import { devices, expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi } from "./support/accounts";
import { patientWithPlan } from "./support/patients";

/** The page's live stream is open: updates then come from it, not from polling (which runs only while the stream is down). */
async function expectLive(page: Page) {
  await expect(page.locator("[data-live]").first()).toHaveAttribute("data-live", "live");
}

test.describe("messages between a patient and the care team", () => {
  test.skip(({ isMobile }) => isMobile, "runs once: the patient is on a phone and the clinician on a desktop in the same test");

  test("a patient on a phone asks about a plan exercise; the clinician sees it arrive live, answers with a saved reply; the reply and the receipt arrive live", async ({ page, browser, baseURL }) => {
    test.slow();
    const lee = await contextFor("clinician1", baseURL!);
    const patient = await patientWithPlan(lee, "glides and walks daily");
    const clinician = page;
    await signInByApi(clinician.request, "lee@riverside.example");

    const pixel = devices["Pixel 7"];
    const phoneContext = await browser.newContext({ viewport: pixel.viewport, userAgent: pixel.userAgent, deviceScaleFactor: pixel.deviceScaleFactor, isMobile: pixel.isMobile, hasTouch: pixel.hasTouch, baseURL });
    const phone = await phoneContext.newPage();
    await signInByApi(phone.request, patient.email, patient.password);

    // The clinician watches the inbox before anything is sent.
    await clinician.goto("/inbox");
    await expectLive(clinician);
    const template = `Soreness reply ${Date.now()}`;

    // The patient starts from the exercise on their plan.
    await phone.goto("/my-plan");
    await phone.getByRole("link", { name: /Ask your care team about this exercise \W*Sciatic nerve glide/ }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Write to your care team");
    await expect(phone.getByText("Exercise: Sciatic nerve glide")).toBeVisible();
    await expect(phone.getByText(/not watched around the clock and are not for emergencies/)).toBeVisible();
    await expectNoSeriousA11yViolations(phone);

    // Emergency words show the advice at once, before sending.
    await phone.getByLabel("Your message").fill("Since today I can't feel my bottom when I sit");
    await expect(phone.getByRole("heading", { name: /call 911 or go to the emergency department/ })).toBeVisible();
    await expectNoSeriousA11yViolations(phone);
    await phone.getByLabel("Your message").fill("The glide makes my calf tingle for a minute. Is that OK?");
    await expect(phone.getByRole("heading", { name: /call 911/ })).toHaveCount(0);
    await phone.getByRole("button", { name: "Send message" }).click();
    await expect(phone).toHaveURL(/\/messages\/[^/]+$/);
    await expect(phone.getByText("The glide makes my calf tingle for a minute. Is that OK?")).toBeVisible();
    await expectLive(phone);

    // It arrives in the clinician's open inbox without a reload.
    const arrived = clinician.getByRole("link", { name: /Chris Checker: Exercise: Sciatic nerve glide/ });
    await expect(arrived).toBeVisible();
    await expect(arrived).toContainText("New");

    // A saved reply for the clinic, then used.
    await arrived.click();
    await expect(clinician.getByText("The glide makes my calf tingle for a minute. Is that OK?")).toBeVisible();
    await clinician.getByText("Saved replies for the clinic").click();
    await clinician.getByLabel("Title").fill(template);
    await clinician.getByLabel("Reply", { exact: true }).fill("A short tingle that settles is fine. Make the movement smaller if it lasts.");
    await clinician.getByRole("button", { name: "Save reply" }).click();
    await expect(clinician.getByRole("listitem").filter({ hasText: template })).toBeVisible();
    await expect(clinician.getByLabel("Start from a saved reply").locator("option", { hasText: template })).toHaveCount(1);
    await clinician.getByLabel("Start from a saved reply").selectOption({ label: template });
    await expect(clinician.getByLabel("Your reply")).toHaveValue("A short tingle that settles is fine. Make the movement smaller if it lasts.");
    await expectNoSeriousA11yViolations(clinician);

    // The patient's message shows the clinician has seen it (the thread marked it read).
    await expect(phone.getByText(/Seen by Dr\. Jordan Lee/)).toBeVisible();

    await clinician.getByRole("button", { name: "Send reply" }).click();
    await expect(clinician.getByLabel("Your reply")).toHaveValue("");

    // The reply arrives on the phone live; the phone marks it read, and the clinician's receipt updates live.
    await expect(phone.getByText("A short tingle that settles is fine. Make the movement smaller if it lasts.")).toBeVisible();
    await expect(clinician.getByText(/Seen by Chris Checker/)).toBeVisible();
    await expectNoSeriousA11yViolations(phone);

    // The patient's navigation shows no unread left; the messages page lists the conversation.
    await phone.goto("/messages");
    await expect(phone.getByRole("link", { name: /Exercise: Sciatic nerve glide/ })).toBeVisible();
    await expectNoSeriousA11yViolations(phone);
    await phoneContext.close();
  });

  test("empty and oversized messages are refused with a message for the field", async ({ page, baseURL }) => {
    const lee = await contextFor("clinician1", baseURL!);
    const patient = await patientWithPlan(lee, "glides and walks daily");
    await signInByApi(page.request, patient.email, patient.password);
    await page.goto("/messages/new");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByText("Write a message.")).toBeVisible();
    await expect(page.getByLabel("Your message")).toHaveAttribute("aria-invalid", "true");
    const tooLong = await page.request.post("/api/v1/conversations", { data: { body: "x".repeat(5001), requestId: crypto.randomUUID() }, headers: { origin: baseURL! } });
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error.fields.body).toEqual(["A message can be up to 5,000 characters."]);
  });
});
