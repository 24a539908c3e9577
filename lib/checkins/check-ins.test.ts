import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { startNewEpisode } from "../episodes/start-new-episode";
import { type InvalidInputError, NotFoundError } from "../errors/domain-errors";
import { refusal } from "../../tools/testing/refusal";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { ZCheckInInput, type TCheckInInput } from "./check-in-input";
import { getCheckInForDate } from "./get-check-in-for-date";
import { getCheckInStatus } from "./get-check-in-status";
import { isPegDue } from "./is-peg-due";
import { listCheckIns } from "./list-check-ins";
import { saveCheckIn } from "./save-check-in";

/*
 * Demo patients live in America/New_York. Each test pins "now" (16:00 UTC is
 * late morning there) to a day of its own, so the tests do not share dates.
 */
const noonIn = (date: string) => new Date(`${date}T16:00:00.000Z`);

function checkIn(fields: Record<string, unknown>): TCheckInInput {
  return ZCheckInInput.parse({ painNow: 4, requestId: randomUUID(), ...fields });
}

describe("daily check-ins", () => {
  const database = useTestDatabase();
  const ids: Record<"maria" | "james" | "ken", string> = { maria: "", james: "", ken: "" };
  beforeAll(async () => {
    await seedDemoData(database.db, { password: "backtrack-demo" });
    for (const name of ["maria", "james", "ken"] as const) {
      ids[name] = (await database.db.user.findUniqueOrThrow({ where: { email: `${name}@riverside.example` } })).id;
    }
  });
  const as = (email: string) => viewerFor(database.db, email);
  const maria = () => as("maria@riverside.example");
  const james = () => as("james@riverside.example");
  const lee = () => as("lee@riverside.example");
  const stored = (patientId: string) => database.db.checkIn.findMany({ where: { patientId }, orderBy: { date: "asc" } });

  it("the patient saves today's check-in, tied to their current episode; saving the same day again changes it (one row)", async () => {
    const now = noonIn("2026-04-15");
    const first = await saveCheckIn(
      database.db,
      await maria(),
      ids.maria,
      checkIn({ date: "2026-04-15", painNow: 6, painAreas: ["CALF", "LOWER_BACK", "CALF"], painSide: "LEFT", belowKnee: true, activityMinutes: "20", note: "  Stiff  " }),
      now,
    );
    expect(first.created).toBe(true);
    expect(first.redFlags).toEqual([]);
    expect(first.level).toBeNull();
    expect(first.checkIn).toMatchObject({
      date: "2026-04-15",
      painNow: 6,
      painAreas: ["LOWER_BACK", "CALF"],
      painSide: "LEFT",
      belowKnee: true,
      numbness: false,
      activityMinutes: 20,
      note: "Stiff",
      redFlags: [],
      pegPain: null,
      pegScore: null,
    });
    expect(first.checkIn.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const episode = await database.db.episode.findFirstOrThrow({ where: { patientId: ids.maria, status: "ACTIVE" } });
    expect((await stored(ids.maria))[0]?.episodeId).toBe(episode.id);

    const edit = await saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date: "2026-04-15", painNow: 3, sleepDisturbed: true }), now);
    expect(edit.created).toBe(false);
    expect(edit.checkIn).toMatchObject({ id: first.checkIn.id, painNow: 3, painAreas: [], painSide: null, belowKnee: false, activityMinutes: null, note: null, sleepDisturbed: true });
    const rows = await stored(ids.maria);
    expect(rows).toHaveLength(1);
    expect(await database.db.checkInSubmission.count({ where: { checkInId: first.checkIn.id } })).toBe(2);
    expect(await getCheckInForDate(database.db, await maria(), ids.maria, "2026-04-15")).toEqual(edit.checkIn);
    expect(await getCheckInForDate(database.db, await maria(), ids.maria, "2026-04-14")).toBeNull();
    // The patient's own saves and reads are not in the audit trail.
    expect(await database.db.auditEvent.count({ where: { patientId: ids.maria, action: { in: ["patient.checkin.save", "patient.checkins.view"] } } })).toBe(0);
  });

  it("a retried submission changes nothing and answers the check-in as stored, so a stale retry cannot undo a later edit", async () => {
    const now = noonIn("2026-04-20");
    const original = checkIn({ date: "2026-04-20", painNow: 7 });
    const first = await saveCheckIn(database.db, await maria(), ids.maria, original, now);
    const retry = await saveCheckIn(database.db, await maria(), ids.maria, original, now);
    expect(retry).toEqual(first);
    expect(await database.db.checkIn.count({ where: { patientId: ids.maria, date: new Date("2026-04-20") } })).toBe(1);

    const later = await saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date: "2026-04-20", painNow: 2 }), now);
    expect(later.checkIn.painNow).toBe(2);
    const stale = await saveCheckIn(database.db, await maria(), ids.maria, original, now);
    expect(stale.checkIn.painNow).toBe(2);
    expect(stale.created).toBe(true);
    expect((await getCheckInForDate(database.db, await maria(), ids.maria, "2026-04-20"))?.painNow).toBe(2);
    expect(await database.db.checkInSubmission.count({ where: { checkInId: first.checkIn.id } })).toBe(2);
  });

  it("five copies of one submission sent together store one check-in and one submission", async () => {
    const now = noonIn("2026-04-25");
    const body = checkIn({ date: "2026-04-25", painNow: 5, pegPain: 5, pegEnjoyment: 4, pegActivity: 6 });
    const viewer = await maria();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => saveCheckIn(database.db, viewer, ids.maria, body, now)));
    expect(new Set(answers.map((answer) => answer.checkIn.id)).size).toBe(1);
    expect(answers.every((answer) => answer.created)).toBe(true);
    expect(await database.db.checkIn.count({ where: { patientId: ids.maria, date: new Date("2026-04-25") } })).toBe(1);
    expect(await database.db.checkInSubmission.count({ where: { requestId: body.requestId } })).toBe(1);
    expect(answers[0]?.checkIn.pegScore).toBe(5);
  });

  it("a request key already used for another patient's check-in, or another day, is refused with 409 and stores nothing, also when both arrive together", async () => {
    const now = noonIn("2026-04-27");
    const mine = checkIn({ date: "2026-04-27" });
    await saveCheckIn(database.db, await maria(), ids.maria, mine, now);
    const before = await database.db.checkIn.count();

    const reused = await refusal(saveCheckIn(database.db, await james(), ids.james, mine, now));
    expect(reused.status).toBe(409);
    expect(Object.keys(reused.fields)).toEqual(["requestId"]);
    expect(reused.message).not.toMatch(/maria|2026/i);
    expect((await refusal(saveCheckIn(database.db, await maria(), ids.maria, { ...mine, date: "2026-04-26" }, now))).status).toBe(409);

    const shared = checkIn({ date: "2026-04-27" });
    const outcomes = await Promise.allSettled([
      saveCheckIn(database.db, await maria(), ids.maria, { ...shared, date: "2026-04-26" }, now),
      saveCheckIn(database.db, await james(), ids.james, shared, now),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect((rejected?.reason as InvalidInputError).status).toBe(409);
    expect(await database.db.checkIn.count()).toBe(before + 1);
    expect(await database.db.checkInSubmission.count({ where: { requestId: shared.requestId } })).toBe(1);
  });

  it("takes today and up to 7 days back in the patient's calendar, never tomorrow or earlier, naming the date", async () => {
    const now = noonIn("2026-05-20");
    expect((await saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date: "2026-05-13" }), now)).created).toBe(true);
    for (const date of ["2026-05-12", "2026-05-21"]) {
      const refused = await refusal(saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date }), now));
      expect(refused.status).toBe(400);
      expect(refused.fields).toEqual({ date: ["You can add or change a check-in for today or the last 7 days."] });
    }
    expect(await database.db.checkIn.count({ where: { patientId: ids.maria, date: { in: [new Date("2026-05-12"), new Date("2026-05-21")] } } })).toBe(0);
    const status = await getCheckInStatus(database.db, await maria(), ids.maria, now);
    expect(status).toMatchObject({ today: "2026-05-20", checkedInToday: false, editableFrom: "2026-05-13" });
    // A retry of a save that was in the window answers as stored, even once the day has left the window.
    const kept = checkIn({ date: "2026-05-20" });
    await saveCheckIn(database.db, await maria(), ids.maria, kept, now);
    expect((await saveCheckIn(database.db, await maria(), ids.maria, kept, noonIn("2026-06-20"))).checkIn.date).toBe("2026-05-20");
  });

  it("uses the patient's local date: 03:00 UTC on March 1st is still February 28th in New York", async () => {
    const now = new Date("2026-03-01T03:00:00.000Z");
    expect(await getCheckInStatus(database.db, await maria(), ids.maria, now)).toMatchObject({ today: "2026-02-28", checkedInToday: false, pegDue: true, editableFrom: "2026-02-21" });
    const tomorrow = await refusal(saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date: "2026-03-01" }), now));
    expect(Object.keys(tomorrow.fields)).toEqual(["date"]);
    await saveCheckIn(database.db, await maria(), ids.maria, checkIn({ date: "2026-02-28" }), now);
    expect((await getCheckInStatus(database.db, await maria(), ids.maria, now)).checkedInToday).toBe(true);
    // Five hours later it is March 1st there too.
    expect((await getCheckInStatus(database.db, await maria(), ids.maria, new Date("2026-03-01T08:00:00.000Z"))).today).toBe("2026-03-01");
  });

  it("the weekly PEG-3 questions are due with none answered in the 6 days before; leaving them empty on an edit removes them", async () => {
    const viewer = await james();
    const status = (date: string) => getCheckInStatus(database.db, viewer, ids.james, noonIn(date));
    expect((await status("2026-06-10")).pegDue).toBe(true);

    const peg = { pegPain: 6, pegEnjoyment: "5", pegActivity: 8 };
    const answered = await saveCheckIn(database.db, viewer, ids.james, checkIn({ date: "2026-06-07", ...peg }), noonIn("2026-06-10"));
    expect(answered.checkIn).toMatchObject({ pegPain: 6, pegEnjoyment: 5, pegActivity: 8, pegScore: 6.3 });
    // Answered 3 days ago: not due. The day it was answered still asks (so its form keeps the answers).
    expect((await status("2026-06-10")).pegDue).toBe(false);
    expect(await isPegDue(database.db, viewer, ids.james, "2026-06-07")).toBe(true);
    expect(await isPegDue(database.db, viewer, ids.james, "2026-06-13")).toBe(false);
    // Answered 7 days ago: due again; check-ins without PEG answers in between do not count.
    await saveCheckIn(database.db, viewer, ids.james, checkIn({ date: "2026-06-12" }), noonIn("2026-06-14"));
    expect((await status("2026-06-14")).pegDue).toBe(true);
    expect(await isPegDue(database.db, viewer, ids.james, "2026-06-14")).toBe(true);

    // Changing that day without the PEG answers removes them: it is the patient's latest word.
    const edited = await saveCheckIn(database.db, viewer, ids.james, checkIn({ date: "2026-06-07" }), noonIn("2026-06-10"));
    expect(edited.checkIn).toMatchObject({ pegPain: null, pegEnjoyment: null, pegActivity: null, pegScore: null });
    expect((await status("2026-06-10")).pegDue).toBe(true);

    const partial = await refusal(saveCheckIn(database.db, viewer, ids.james, { ...checkIn({ date: "2026-06-10" }), pegPain: 4 }, noonIn("2026-06-10")));
    expect(Object.keys(partial.fields).sort()).toEqual(["pegActivity", "pegEnjoyment"]);
  });

  it("an edit keeps the episode the check-in was first saved in; a later day gets the new current episode", async () => {
    const ken = await as("ken@riverside.example");
    const oldEpisode = await database.db.episode.findFirstOrThrow({ where: { patientId: ids.ken, status: "ACTIVE" } });
    const first = await saveCheckIn(database.db, ken, ids.ken, checkIn({ date: "2026-07-01" }), noonIn("2026-07-02"));
    const newEpisode = await startNewEpisode(database.db, await lee(), ids.ken, { onsetDate: "2026-07-02", primaryCondition: "SCIATICA" });
    await saveCheckIn(database.db, ken, ids.ken, checkIn({ date: "2026-07-01", painNow: 9 }), noonIn("2026-07-02"));
    const next = await saveCheckIn(database.db, ken, ids.ken, checkIn({ date: "2026-07-02" }), noonIn("2026-07-02"));
    const episodes = await database.db.checkIn.findMany({ where: { id: { in: [first.checkIn.id, next.checkIn.id] } }, select: { id: true, episodeId: true, painNow: true } });
    expect(episodes.find((row) => row.id === first.checkIn.id)).toMatchObject({ episodeId: oldEpisode.id, painNow: 9 });
    expect(episodes.find((row) => row.id === next.checkIn.id)?.episodeId).toBe(newEpisode.id);
  });

  it("lists newest first between two dates; a clinician of the clinic reads them too, audited", async () => {
    const viewer = await maria();
    const all = await listCheckIns(database.db, viewer, ids.maria);
    const dates = all.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toContain("2026-04-15");
    expect((await listCheckIns(database.db, viewer, ids.maria, { from: "2026-04-15", to: "2026-04-25" })).map((entry) => entry.date)).toEqual([
      "2026-04-25",
      "2026-04-20",
      "2026-04-15",
    ]);
    expect((await listCheckIns(database.db, viewer, ids.maria, { limit: "2" })).map((entry) => entry.date)).toEqual(dates.slice(0, 2));
    expect(Object.keys((await refusal(listCheckIns(database.db, viewer, ids.maria, { from: "2026-05-01", to: "2026-04-01" }))).fields)).toEqual(["to"]);
    expect(Object.keys((await refusal(listCheckIns(database.db, viewer, ids.maria, { limit: 0 }))).fields)).toEqual(["limit"]);

    const before = await database.db.auditEvent.count({ where: { patientId: ids.maria, action: "patient.checkins.view" } });
    expect(await listCheckIns(database.db, await lee(), ids.maria)).toEqual(all);
    expect((await getCheckInForDate(database.db, await lee(), ids.maria, "2026-04-15"))?.painNow).toBe(3);
    expect((await getCheckInStatus(database.db, await lee(), ids.maria, noonIn("2026-04-15"))).checkedInToday).toBe(true);
    const events = await database.db.auditEvent.findMany({ where: { patientId: ids.maria, action: "patient.checkins.view" } });
    expect(events).toHaveLength(before + 3);
    expect(events.every((event) => event.actorRole === "CLINICIAN")).toBe(true);
  });

  it("only the patient writes their check-ins; nobody outside the clinic, no other patient and no admin reads them", async () => {
    const now = noonIn("2026-04-15");
    const before = await database.db.checkIn.count();
    for (const viewer of [await lee(), await james(), await as("kim@harbor.example"), await as("admin@riverside.example")]) {
      await expect(saveCheckIn(database.db, viewer, ids.maria, checkIn({ date: "2026-04-15" }), now)).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const viewer of [await james(), await as("kim@harbor.example"), await as("admin@riverside.example")]) {
      await expect(listCheckIns(database.db, viewer, ids.maria)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCheckInForDate(database.db, viewer, ids.maria, "2026-04-15")).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCheckInStatus(database.db, viewer, ids.maria, now)).rejects.toBeInstanceOf(NotFoundError);
      await expect(isPegDue(database.db, viewer, ids.maria, "2026-04-15")).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listCheckIns(database.db, await maria(), "no-such-patient")).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.checkIn.count()).toBe(before);
  });
});
