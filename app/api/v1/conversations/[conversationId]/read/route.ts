import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { markConversationRead } from "@/lib/messages/conversations";
import { markConversationReadEndpoint } from "@/lib/messages/message-endpoints";

export const POST = handleEndpoint(markConversationReadEndpoint, async ({ viewer, params }) => {
  const { readAt } = await markConversationRead(getDb(), viewer, params.conversationId);
  return { readAt: readAt.toISOString() };
});
