import { handleEndpoint } from "@/lib/api/endpoint";
import { revokeCalendarFeedEndpoint } from "@/lib/calendar/calendar-feed-endpoints";
import { revokeCalendarFeed } from "@/lib/calendar/calendar-feeds";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(revokeCalendarFeedEndpoint, ({ viewer, params }) => revokeCalendarFeed(getDb(), viewer, params.patientId));
