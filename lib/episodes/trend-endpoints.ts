import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { EPISODE_PHASES } from "../trends/phase";
import { TREND_DIRECTIONS } from "../trends/theil-sen";

const ZDate = z.string().describe("A calendar date in the patient's time zone (YYYY-MM-DD).");
const ZChange = z.enum(["improved", "worsened", "no-important-change"]);

const ZTrendWeek = z.object({
  week: z.number().int().describe("Week since onset: 1 is the onset day and the 6 after it."),
  from: ZDate,
  to: ZDate,
  checkIns: z.number().int(),
  meanPain: z.number().nullable(),
  minPain: z.number().int().nullable(),
  maxPain: z.number().int().nullable(),
  pegScore: z.number().nullable(),
  adherence: z.object({ prescribed: z.number().int(), done: z.number().int(), ratio: z.number().nullable() }).nullable(),
});

export const ZEpisodeTrendView = z.object({
  onsetDate: ZDate,
  today: ZDate,
  summary: z.string().describe("The one or two plain sentences the patient reads."),
  trend: z.object({
    phase: z.enum(EPISODE_PHASES),
    phaseStarts: z.object({ ACUTE: ZDate, SUBACUTE: ZDate, CHRONIC: ZDate }),
    weeks: z.array(ZTrendWeek),
    baseline: z.object({ week: z.number().int(), meanPain: z.number() }).nullable(),
    latest: z
      .object({ week: z.number().int(), meanPain: z.number(), changePoints: z.number(), changePercent: z.number().int().nullable(), classification: ZChange })
      .nullable(),
    direction: z.enum(TREND_DIRECTIONS),
    slopePerWeek: z.number().nullable().describe("Theil-Sen slope of pain over the last 28 days, points a week."),
    chronicityRisk: z.boolean(),
    worsening: z.boolean(),
  }),
  daily: z.array(z.object({ date: ZDate, painNow: z.number().int(), pegScore: z.number().nullable() })),
  markers: z.array(z.object({ date: ZDate, kind: z.enum(["red-flag", "plan-change"]), label: z.string() })),
});

export const episodeTrendEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/trend",
  summary: "The current episode's pain trend: phase, weekly series, change from the first week, 4-week direction, chronicity risk, daily points and markers",
  tag: "Trends",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({ episode: ZEpisodeTrendView.nullable().describe("Null when the patient has no current episode.") }),
});
