import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { contextFor, signInByApi } from "./support/accounts";
import { signedUpPatient } from "./support/patients";

test.describe("the flare-up plan", () => {
  test.skip(({ isMobile }) => isMobile, "desktop: the phone layout is the same single column");

  test("the patient writes it, the clinician sees and changes it, and the patient sees the change", async ({ page, browser, baseURL }) => {
    const lee = await contextFor("clinician1", baseURL!);
    const patient = await signedUpPatient(lee, { name: "Fran Flare", emailPrefix: "flare", password: "steady walks each day" });
    await signInByApi(page.request, patient.email, patient.password);

    await page.goto("/dashboard");
    await page.getByRole("link", { name: /My flare-up plan/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My flare-up plan");
    // A new plan starts with a pointer to the warning signs, listed on the page in two levels.
    await expect(page.getByLabel("When to get help")).toHaveValue(/emergency number now/);
    const warningSigns = page.getByRole("region", { name: /Warning signs/ });
    await expect(warningSigns.getByText("Numbness around your bottom, genitals or inner thighs (where you sit on a saddle)")).toBeVisible();
    await expect(warningSigns.getByText("A fever, or feeling hot, shivery or unwell, with your back pain")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Too long: refused, naming the part.
    await page.getByLabel("Early signs of a flare-up").fill("x".repeat(1000));
    await page.getByLabel("Early signs of a flare-up").evaluate((box: HTMLTextAreaElement) => {
      box.removeAttribute("maxlength");
      box.value += "xx";
    });
    await page.getByRole("button", { name: "Save my plan" }).click();
    await expect(page.getByText("Keep this under 1,000 characters.")).toBeVisible();
    await expect(page.getByLabel("Early signs of a flare-up")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Early signs of a flare-up").fill("Stiff in the morning, sore after sitting.");
    await page.getByLabel("What helps me").fill("Short walks every hour, heat pack, pacing my day.");
    await page.getByRole("button", { name: "Save my plan" }).click();
    await expect(page.getByRole("status")).toHaveText(/Saved at/);
    await expectNoSeriousA11yViolations(page);

    // The clinician opens it from the patient page, adds the agreed medicines; the change is audited.
    const clinician = await browser.newContext();
    const clinicianPage = await clinician.newPage();
    await signInByApi(clinicianPage.request, "lee@riverside.example");
    await clinicianPage.goto(`/patients/${patient.patientId}/profile`);
    await clinicianPage.getByRole("link", { name: /Flare-up plan/ }).click();
    await expect(clinicianPage.getByLabel("What helps me")).toHaveValue("Short walks every hour, heat pack, pacing my day.");
    await clinicianPage.getByLabel("Medicines my clinician agreed on").fill("Ibuprofen 400 mg up to three times a day with food, for up to 5 days.");
    await clinicianPage.getByRole("button", { name: "Save the plan" }).click();
    await expect(clinicianPage.getByRole("status")).toHaveText(/Saved at/);
    await expectNoSeriousA11yViolations(clinicianPage);
    await clinician.close();

    await page.reload();
    await expect(page.getByLabel("Medicines my clinician agreed on")).toHaveValue(/Ibuprofen 400 mg/);
    await expect(page.getByText("Last changed by Dr. Jordan Lee.")).toBeVisible();
    const log = await (await page.request.get(`/api/v1/patients/${patient.patientId}/access-log`)).json();
    expect(JSON.stringify(log)).toContain("patient.flare-up-plan.save");

    // On paper: the plan and the warning signs, without the form.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Flare-up plan for Fran Flare" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save my plan" })).toBeHidden();
  });
});
