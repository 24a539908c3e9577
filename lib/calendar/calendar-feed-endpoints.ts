import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";

const ZFeedStatus = z.object({
  active: z.boolean().describe("A calendar link is working."),
  createdAt: z.string().nullable().describe("When the working link was made (ISO 8601); null without one."),
});

export const calendarFeedStatusEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/calendar-feed",
  summary: "Whether the patient has a working private calendar link (the URL itself is shown only when made)",
  tag: "Calendar",
  roles: ["PATIENT"],
  params: ZPatientParams,
  response: ZFeedStatus,
});

export const createCalendarFeedEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/calendar-feed",
  summary: "Make a new private calendar link (iCalendar feed of exercise days and a weekly check-in reminder); the previous link stops working",
  tag: "Calendar",
  roles: ["PATIENT"],
  params: ZPatientParams,
  response: z.object({ url: z.string().describe("The feed's address, to paste into a calendar app. Shown once: only a hash of its token is stored.") }),
});

export const revokeCalendarFeedEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/calendar-feed/revoke",
  summary: "Turn the private calendar link off",
  tag: "Calendar",
  roles: ["PATIENT"],
  params: ZPatientParams,
  response: ZFeedStatus,
});

export const ZCalendarFeedParams = z.object({
  feed: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, "A calendar link ends in a long code and .ics.")
    .describe("The link's secret token followed by .ics."),
});

export const calendarFeedEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/calendar/{feed}",
  summary: "The iCalendar (text/calendar) document of a private calendar link; the token in the path is the only credential and grants this feed only",
  tag: "Calendar",
  roles: ["public"],
  params: ZCalendarFeedParams,
  response: z.string().describe("An iCalendar document (RFC 5545)."),
  responseType: "text/calendar",
  otherResponses: { 404: "No such link, or it was turned off." },
});
