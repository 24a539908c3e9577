import { handleEndpoint } from "@/lib/api/endpoint";
import { calendarFeedStatusEndpoint, createCalendarFeedEndpoint } from "@/lib/calendar/calendar-feed-endpoints";
import { createCalendarFeed, getCalendarFeedStatus } from "@/lib/calendar/calendar-feeds";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(calendarFeedStatusEndpoint, ({ viewer, params }) => getCalendarFeedStatus(getDb(), viewer, params.patientId));

export const POST = handleEndpoint(createCalendarFeedEndpoint, ({ viewer, params, request }) =>
  createCalendarFeed(getDb(), viewer, params.patientId, new URL(request.url).origin),
);
