import { expect, test } from "@playwright/test";
import { contextFor, signInByApi, uniqueEmail } from "./support/accounts";

test("a clinician corrects the current episode and starts a new one; the earlier episode stays in the history", async ({ page, baseURL }) => {
  const lee = await contextFor("clinician1", baseURL!);
  const created = await (
    await lee.post("/api/v1/patients", {
      data: { name: "Eddie Episode", email: uniqueEmail("episode"), dateOfBirth: "1970-05-05", onsetDate: "2026-10-01", primaryCondition: "MUSCLE_STRAIN", timeZone: "UTC" },
    })
  ).json();

  await signInByApi(page.request, "lee@riverside.example");
  await page.goto(`/patients/${created.patientId}/profile`);
  const profile = page.getByRole("region", { name: "Profile and episode" });

  // Correct the onset: a date in the future is refused with the field named; a real one is saved.
  await profile.getByText("Edit episode").click();
  const edit = profile.locator("details").filter({ hasText: "Edit episode" });
  await edit.getByLabel("Date the pain began").fill("2099-01-01");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("The pain cannot begin in the future.")).toBeVisible();
  await edit.getByLabel("Date the pain began").fill("2026-09-20");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(profile.getByText("20 Sept 2026").or(profile.getByText("20 Sep 2026")).first()).toBeVisible();

  // A new problem: a new episode; the first one is kept under Earlier episodes.
  await profile.getByText("Start a new episode").click();
  const start = profile.locator("details").filter({ hasText: "Start a new episode" });
  await start.getByLabel("Date the new pain began").fill("2026-11-20");
  await start.getByLabel("Primary condition of the new episode").selectOption({ label: "Sciatica" });
  await start.getByRole("button", { name: "Start new episode" }).click();
  await expect(profile.getByRole("heading", { name: "Earlier episodes" })).toBeVisible();
  await expect(profile.getByRole("listitem").filter({ hasText: "Back muscle strain or sprain" })).toContainText("Began");

  const episodes = (await (await lee.get(`/api/v1/patients/${created.patientId}/episodes`)).json()).episodes as { status: string; primaryCondition: string }[];
  expect(episodes.map((episode) => [episode.primaryCondition, episode.status])).toEqual([
    ["SCIATICA", "ACTIVE"],
    ["MUSCLE_STRAIN", "CLOSED"],
  ]);
});
