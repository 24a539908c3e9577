import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { sendMessage } from "@/lib/messages/conversations";
import { sendMessageEndpoint } from "@/lib/messages/message-endpoints";

export const POST = handleEndpoint(sendMessageEndpoint, async ({ viewer, params, body }) => sendMessage(getDb(), viewer, params.conversationId, body));
