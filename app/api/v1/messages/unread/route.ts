import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { countUnreadConversations } from "@/lib/messages/conversations";
import { unreadMessagesEndpoint } from "@/lib/messages/message-endpoints";

export const GET = handleEndpoint(unreadMessagesEndpoint, async ({ viewer }) => ({ unread: await countUnreadConversations(getDb(), viewer) }));
