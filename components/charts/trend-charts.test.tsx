import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { phaseStartDates } from "@/lib/trends/phase";
import { daily } from "@/lib/trends/test-helpers";
import type { TTrendChartInput } from "@/lib/trends/trend-chart-input";
import { weeklySeries, type TTrendCheckIn } from "@/lib/trends/weekly-series";
import { ClinicianTrendChart } from "./clinician-trend-chart";
import { WeeklyPainChart } from "./weekly-pain-chart";

/*
 * Server rendering draws no SVG (ResponsiveContainer measures its box in the
 * browser first), so these check the accessible parts around the chart: the
 * caption, the tables and the names. The geometry is tested in lib/trends/trend-chart-series.test.ts.
 */

const onsetDate = "2026-03-01";

function chartInput(today: string, checkIns: TTrendCheckIn[], extra: Partial<TTrendChartInput> = {}): TTrendChartInput {
  return { onsetDate, today, phaseStarts: phaseStartDates(onsetDate), weeks: weeklySeries({ onsetDate, checkIns }), daily: checkIns, adherence: [], markers: [], ...extra };
}

const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("weekly pain chart", () => {
  it("captions the chart with the summary and gives the numbers as a table, weeks before the first check-in in one row", () => {
    const checkIns = [...daily("2026-03-15", [5, 4, 3]), ...daily("2026-03-29", [2])]; // weeks 3 and 5
    const html = renderToString(<WeeklyPainChart input={chartInput("2026-03-30", checkIns)} summary="Your pain is going down." />);
    expect(html).toContain('<figcaption class="text-base">Your pain is going down.</figcaption>');
    expect(text(html)).toContain("Show the numbers");
    expect(text(html)).toContain("Weeks 1 to 2 No check-ins 0");
    expect(text(html)).toContain("Week 3 15 Mar to 21 Mar 4 out of 10 3");
    expect(text(html)).toContain("Week 4 22 Mar to 28 Mar No check-ins 0");
    expect(text(html)).toContain("Acute: weeks 1 to 4");
    expect(html.match(/scope="row"/g)).toHaveLength(4);
  });

  it("adds the PSFS score as a second series: its key, its text alternative and a column of the numbers say higher is better", () => {
    const checkIns = [...daily("2026-03-15", [5, 4, 3]), ...daily("2026-03-29", [2])]; // weeks 3 and 5
    const functionScores = [
      { date: "2026-03-16", score: 3.3 },
      { date: "2026-03-29", score: 6 },
    ];
    const html = renderToString(<WeeklyPainChart input={chartInput("2026-03-30", checkIns, { functionScores })} summary="Your pain is going down." />);
    expect(text(html)).toContain("How well you can do your chosen activities (PSFS, 0-10, right-hand scale). Higher is better, unlike pain.");
    expect(text(html)).toContain("Activities score (PSFS)");
    expect(text(html)).toContain("Week 3 15 Mar to 21 Mar 4 out of 10 3.3 out of 10 3");
    expect(text(html)).toContain("Week 4 22 Mar to 28 Mar No check-ins — 0");
    expect(text(html)).toContain("Week 5 29 Mar to 4 Apr 2 out of 10 6 out of 10 1");
    expect(text(html)).toContain("so higher is better");
    const without = renderToString(<WeeklyPainChart input={chartInput("2026-03-30", checkIns)} summary="Your pain is going down." />);
    expect(text(without)).not.toContain("PSFS");
  });

  it("says where the chart will appear before the first check-in", () => {
    const html = renderToString(<WeeklyPainChart input={chartInput(onsetDate, [])} summary="Not enough check-ins yet to show a trend." />);
    expect(text(html)).toContain("Your chart appears here after your first check-in.");
    expect(html).not.toContain("<table");
  });
});

describe("clinician trend chart", () => {
  it("keys the PSFS score as higher is better and lists it by day in the table", () => {
    const checkIns = daily(onsetDate, [7, null, 6]);
    const html = renderToString(<ClinicianTrendChart input={chartInput("2026-03-10", checkIns, { functionScores: [{ date: "2026-03-03", score: 4.5 }, { date: "2026-03-05", score: 5 }] })} />);
    expect(text(html)).toContain("PSFS function score (0-10 on the pain axis; higher is better, unlike pain)");
    expect(text(html)).toContain("PSFS function score (0-10, higher is better)");
    expect(text(html)).toContain("3 Mar Week 1 6 — 4.5");
    expect(text(html)).toContain("5 Mar Week 1 — — 5");
    const without = renderToString(<ClinicianTrendChart input={chartInput("2026-03-10", checkIns)} />);
    expect(text(without)).not.toContain("PSFS");
  });

  it("names its scroller without the words other page regions are found by, and lists days, events and plan weeks", () => {
    const checkIns = daily(onsetDate, [7, null, 6], 5.3);
    const input = chartInput("2026-03-10", checkIns, {
      adherence: [{ week: 1, from: onsetDate, to: addDays(onsetDate, 6), prescribed: 14, done: 7, ratio: 0.5 }],
      markers: [
        { date: "2026-02-27", kind: "plan-change", label: "Plan started (version 1)" },
        { date: "2026-03-03", kind: "red-flag", label: "Red flag: fever with back pain" },
      ],
    });
    const html = renderToString(<ClinicianTrendChart input={input} />);
    const regionNames = [...html.matchAll(/role="region" aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(regionNames).toEqual(["Trend chart, scrolls sideways", "Daily chart data, scrolls sideways", "Plan week chart data, scrolls sideways"]);
    for (const name of regionNames) expect(name).not.toMatch(/check-ins|pain trend|exercise adherence/i);
    expect(text(html)).toContain("27 Feb Before onset — — Plan started (version 1)");
    expect(text(html)).toContain("1 Mar Week 1 7 5.3");
    expect(text(html)).toContain("3 Mar Week 1 6 5.3 Red flag: fever with back pain");
    expect(text(html)).toContain("Week 1 1 Mar to 7 Mar 7 of 14 (50%)");
    expect(html).toContain('<p role="status" class="sr-only"></p>');
  });
});
