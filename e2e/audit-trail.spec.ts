import { expect, test } from "@playwright/test";
import { signInWithForm } from "./support/accounts";

type AccessLog = { entries: { actorName: string; action: string }[] };

test("a clinician's visit of a patient's page is one audit event, seen in the patient's access log", async ({ page }) => {
  // Dr. Patel opens no patient page in any other spec, so her entries here are this test's alone.
  await signInWithForm(page, "patel@riverside.example");
  await expect(page).toHaveURL(/\/patients$/);
  const list = await (await page.request.get("/api/v1/patients?q=sofia")).json();
  const sofiaId: string = list.patients[0].id;
  const patelsActions = async () => {
    const log: AccessLog = await (await page.request.get(`/api/v1/patients/${sofiaId}/access-log`)).json();
    return log.entries.filter((entry) => entry.actorName === "Dr. Priya Patel").map((entry) => entry.action);
  };

  const before = await patelsActions();
  expect(before).toContain("patients.list");
  await page.goto(`/patients/${sofiaId}`);
  await expect(page.getByRole("heading", { name: "Sofia Rossi", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Print visit summary" })).toBeVisible();
  // Each section is a visit of its own: one event each, streamed reads included, moving by the tabs.
  await page.getByRole("link", { name: "Check-ins", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check-ins", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Access history" }).click();
  await expect(page.getByRole("heading", { name: "Access history" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Access history" })).toHaveAttribute("aria-current", "page");
  const after = await patelsActions();
  // Newest first: this read of the log, then the three visits, then what was there before.
  expect(after).toEqual(["patient.access-log.view", "patient.view", "patient.view", "patient.view", ...before]);
});
