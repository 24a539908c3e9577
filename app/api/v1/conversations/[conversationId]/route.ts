import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { getConversation, updateConversation } from "@/lib/messages/conversations";
import { getConversationEndpoint, updateConversationEndpoint } from "@/lib/messages/message-endpoints";
import { conversationJson, messageJson } from "@/lib/messages/message-json";

export const GET = handleEndpoint(getConversationEndpoint, async ({ viewer, params }) => {
  const result = await getConversation(getDb(), viewer, params.conversationId);
  return { conversation: conversationJson(result.conversation), messages: result.messages.map(messageJson), canReply: result.canReply };
});

export const PATCH = handleEndpoint(updateConversationEndpoint, async ({ viewer, params, body }) =>
  conversationJson(await updateConversation(getDb(), viewer, params.conversationId, body)),
);
