import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { listConversations, startConversation } from "@/lib/messages/conversations";
import { listConversationsEndpoint, startConversationEndpoint } from "@/lib/messages/message-endpoints";
import { conversationJson } from "@/lib/messages/message-json";

export const GET = handleEndpoint(listConversationsEndpoint, async ({ viewer, query }) => {
  const result = await listConversations(getDb(), viewer, query);
  return { ...result, conversations: result.conversations.map(conversationJson) };
});

export const POST = handleEndpoint(startConversationEndpoint, async ({ viewer, body }) => startConversation(getDb(), viewer, body));
