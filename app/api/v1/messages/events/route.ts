import { handleEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/api-error";
import { EVENT_STREAM_HEADERS, getConversationEventHub, openConversationEventStream } from "@/lib/messages/event-stream";
import { messageEventsEndpoint } from "@/lib/messages/message-endpoints";

export const dynamic = "force-dynamic";

export const GET = handleEndpoint(messageEventsEndpoint, async ({ viewer, request }) => {
  const stream = await openConversationEventStream(getConversationEventHub(), viewer, request.signal).catch(() => {
    throw new ApiError(503, "unavailable", "Live updates are not available right now; the page checks for new messages by itself.");
  });
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
});
