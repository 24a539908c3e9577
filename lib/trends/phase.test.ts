import { describe, expect, it } from "vitest";
import { addDays } from "../dates/calendar-date";
import { EPISODE_PHASES, episodePhase, onsetRangeForPhase, PHASE_LABELS, phaseStartDates, type TEpisodePhase } from "./phase";

describe("episode phase", () => {
  it("follows the 2017 ACP thresholds: acute < 4 weeks, subacute 4 to < 12, chronic from 12", () => {
    expect(episodePhase("2026-01-01", "2026-01-28")).toBe("ACUTE"); // day 27
    expect(episodePhase("2026-01-01", "2026-01-29")).toBe("SUBACUTE"); // day 28 = 4 weeks
    expect(episodePhase("2026-01-01", "2026-03-25")).toBe("SUBACUTE"); // day 83
    expect(episodePhase("2026-01-01", "2026-03-26")).toBe("CHRONIC"); // day 84 = 12 weeks
  });

  it("lets a clinic split acute and subacute at 6 weeks", () => {
    expect(episodePhase("2026-01-01", "2026-01-31", 6)).toBe("ACUTE"); // day 30
    expect(episodePhase("2026-01-01", "2026-02-12", 6)).toBe("SUBACUTE"); // day 42
  });

  it("counts calendar days, so a daylight-saving change does not move a boundary", () => {
    // 2026-03-08 is the US spring-forward date; 28 days from 2026-02-20 is 2026-03-20.
    expect(episodePhase("2026-02-20", "2026-03-19")).toBe("ACUTE");
    expect(episodePhase("2026-02-20", "2026-03-20")).toBe("SUBACUTE");
  });

  it("treats an onset later than today as acute", () => {
    expect(episodePhase("2026-05-02", "2026-05-01")).toBe("ACUTE");
  });

  it("gives the date each phase begins", () => {
    expect(phaseStartDates("2026-01-01")).toEqual({ ACUTE: "2026-01-01", SUBACUTE: "2026-01-29", CHRONIC: "2026-03-26" });
    expect(phaseStartDates("2026-01-01", 6).SUBACUTE).toBe("2026-02-12");
  });

  it("filters onset dates by the same rule as episodePhase", () => {
    const today = "2026-06-15";
    for (const acuteWeeks of [4, 6]) {
      for (let daysAgo = 0; daysAgo < 120; daysAgo++) {
        const onset = addDays(today, -daysAgo);
        const phase = episodePhase(onset, today, acuteWeeks);
        for (const candidate of ["ACUTE", "SUBACUTE", "CHRONIC"] as TEpisodePhase[]) {
          const { from, to } = onsetRangeForPhase(candidate, today, acuteWeeks);
          const inRange = (from === null || onset >= from) && (to === null || onset <= to);
          expect(inRange, `${onset} ${candidate} (split ${acuteWeeks})`).toBe(candidate === phase);
        }
      }
    }
  });
});

describe("EPISODE_PHASES", () => {
  it("lists the phases in the order an episode goes through them, each with a label", () => {
    expect(EPISODE_PHASES).toEqual(["ACUTE", "SUBACUTE", "CHRONIC"]);
    expect(Object.keys(PHASE_LABELS)).toEqual([...EPISODE_PHASES]);
    expect(EPISODE_PHASES.map((phase) => episodePhase("2026-01-01", phaseStartDates("2026-01-01")[phase]))).toEqual([...EPISODE_PHASES]);
  });
});
