import { ApiError } from "@/lib/api/api-error";
import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { calendarFeedEndpoint } from "@/lib/calendar/calendar-feed-endpoints";
import { calendarForToken } from "@/lib/calendar/calendar-feeds";
import { getDb } from "@/lib/db/client";

export const GET = handlePublicEndpoint(calendarFeedEndpoint, async ({ params, request }) => {
  const calendar = await calendarForToken(getDb(), params.feed.replace(/\.ics$/, ""), new URL(request.url).origin);
  if (calendar === null) throw new ApiError(404, "not_found", "This calendar link does not work (it was turned off, or replaced by a new one).");
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="backtrack-exercises.ics"',
      "Cache-Control": "private, no-store",
    },
  });
});
