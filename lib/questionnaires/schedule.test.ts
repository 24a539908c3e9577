import { describe, expect, it } from "vitest";
import { loadInstruments } from "./load-instruments";
import { dueQuestionnaires, type TScheduleInput } from "./schedule";

const instruments = loadInstruments();
const base: TScheduleInput = {
  episode: { startedOn: "2026-03-02", status: "ACTIVE" },
  intervalDays: 14,
  responses: [],
  openReviewSince: null,
  discharge: null,
  asOf: "2026-03-02",
};
const due = (input: Partial<TScheduleInput>) => dueQuestionnaires(instruments, { ...base, ...input }).map((item) => `${item.instrumentId}:${item.reason}:${item.dueSince}`);

describe("when the function questionnaires are due", () => {
  it("asks the PSFS at the start of an episode, and the rating of change only later", () => {
    expect(due({})).toEqual(["psfs:baseline:2026-03-02"]);
    expect(due({ asOf: "2026-03-15" })).toEqual(["psfs:baseline:2026-03-02"]);
    expect(due({ asOf: "2026-03-16" })).toEqual(["groc:follow-up:2026-03-16", "psfs:baseline:2026-03-02"]);
  });

  it("then every 2 weeks after the last answer, or the clinician's interval", () => {
    const responses = [{ instrumentId: "psfs", completedOn: "2026-03-03" }];
    expect(due({ responses, asOf: "2026-03-16" })).toEqual(["groc:follow-up:2026-03-16"]);
    expect(due({ responses: [...responses, { instrumentId: "groc", completedOn: "2026-03-16" }], asOf: "2026-03-16" })).toEqual([]);
    expect(due({ responses, asOf: "2026-03-17" })).toEqual(["groc:follow-up:2026-03-16", "psfs:follow-up:2026-03-17"]);
    expect(due({ responses, intervalDays: 28, asOf: "2026-03-30" })).toEqual(["groc:follow-up:2026-03-30"]);
    expect(due({ responses, intervalDays: 28, asOf: "2026-03-31" })).toEqual(["groc:follow-up:2026-03-30", "psfs:follow-up:2026-03-31"]);
  });

  it("re-screens at once while a plan review is open, once: an answer since the review clears it", () => {
    const responses = [{ instrumentId: "psfs", completedOn: "2026-03-03" }];
    expect(due({ responses, openReviewSince: "2026-03-05", asOf: "2026-03-05" })).toEqual(["psfs:re-screen:2026-03-05"]);
    expect(due({ responses: [...responses, { instrumentId: "psfs", completedOn: "2026-03-05" }], openReviewSince: "2026-03-05", asOf: "2026-03-06" })).toEqual([]);
  });

  it("at discharge asks the final questionnaires when sent to the patient, and nothing else afterwards", () => {
    const responses = [{ instrumentId: "psfs", completedOn: "2026-03-03" }];
    const discharged = { episode: { startedOn: base.episode.startedOn, status: "DISCHARGED" as const }, responses };
    expect(due({ ...discharged, discharge: { on: "2026-04-01", sentToPatient: true }, asOf: "2026-05-01" })).toEqual(["groc:discharge:2026-04-01", "psfs:discharge:2026-04-01"]);
    expect(due({ ...discharged, discharge: { on: "2026-04-01", sentToPatient: false }, asOf: "2026-05-01" })).toEqual([]);
    const answered = [...responses, { instrumentId: "psfs", completedOn: "2026-04-02" }, { instrumentId: "groc", completedOn: "2026-04-01" }];
    expect(due({ ...discharged, responses: answered, discharge: { on: "2026-04-01", sentToPatient: true }, asOf: "2026-05-01" })).toEqual([]);
    expect(due({ episode: { startedOn: "2026-03-02", status: "CLOSED" }, asOf: "2026-05-01" })).toEqual([]);
  });
});
