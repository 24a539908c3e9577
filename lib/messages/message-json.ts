import type { TConversationSummary, TMessageView } from "./conversations";

/** Dates as ISO strings for the API. */
export const conversationJson = (conversation: TConversationSummary) => ({ ...conversation, lastMessageAt: conversation.lastMessageAt.toISOString() });

export const messageJson = (message: TMessageView) => ({
  ...message,
  createdAt: message.createdAt.toISOString(),
  seenBy: message.seenBy.map((seen) => ({ name: seen.name, at: seen.at.toISOString() })),
});
