import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { CONVERSATION_TOPICS, ZConversationListQuery, ZConversationParams, ZReplyTemplateInput, ZReplyTemplateParams, ZSendMessage, ZStartConversation, ZUpdateConversation } from "./message-input";

const ZPerson = z.object({ id: z.string(), name: z.string(), role: z.enum(["PATIENT", "CLINICIAN", "ADMIN"]) });

export const ZConversationSummary = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  topic: z.enum(CONVERSATION_TOPICS),
  /** Plain words for what it is about, e.g. "Exercise: Bridge" or "Check-in of 3 Dec 2026". */
  about: z.string(),
  status: z.enum(["OPEN", "CLOSED"]),
  assignedTo: ZPerson.nullable(),
  emergencyFlagged: z.boolean(),
  lastMessageAt: z.string(),
  /** The patient wrote last and nobody of the clinic has answered yet. */
  awaitingClinic: z.boolean(),
  unread: z.boolean(),
});

export const ZMessageView = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  author: ZPerson,
  fromViewer: z.boolean(),
  /** People on the other side who have read up to this message, with when. */
  seenBy: z.array(z.object({ name: z.string(), at: z.string() })),
});

export const listConversationsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/conversations",
  summary: "Conversations: a patient's own, or the clinic's inbox for a clinician (unread first)",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  query: ZConversationListQuery,
  response: z.object({ conversations: z.array(ZConversationSummary), page: z.number(), hasMore: z.boolean() }),
});

export const startConversationEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/conversations",
  summary: "Start a conversation with its first message (idempotent by requestId)",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  body: ZStartConversation,
  response: z.object({ conversationId: z.string(), messageId: z.string(), emergencySigns: z.array(z.string()) }),
  otherResponses: { 429: "More than 30 messages in a minute: try again shortly." },
});

export const getConversationEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/conversations/{conversationId}",
  summary: "One conversation with its messages and read receipts",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZConversationParams,
  response: z.object({ conversation: ZConversationSummary, messages: z.array(ZMessageView), canReply: z.boolean() }),
});

export const sendMessageEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/conversations/{conversationId}/messages",
  summary: "Send a message in a conversation (idempotent by requestId)",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZConversationParams,
  body: ZSendMessage,
  response: z.object({ messageId: z.string(), emergencySigns: z.array(z.string()) }),
  otherResponses: { 429: "More than 30 messages in a minute: try again shortly." },
});

export const markConversationReadEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/conversations/{conversationId}/read",
  summary: "Mark a conversation read up to now (read receipts)",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  params: ZConversationParams,
  body: z.object({}),
  response: z.object({ readAt: z.string() }),
});

export const updateConversationEndpoint = defineEndpoint({
  method: "patch",
  path: "/api/v1/conversations/{conversationId}",
  summary: "Close, reopen or assign a conversation",
  tag: "Messages",
  roles: ["CLINICIAN"],
  params: ZConversationParams,
  body: ZUpdateConversation,
  response: ZConversationSummary,
});

export const unreadMessagesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/messages/unread",
  summary: "How many conversations have messages the viewer has not read",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  response: z.object({ unread: z.number().int() }),
});

export const messageEventsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/messages/events",
  summary: "Server-Sent Events: `conversation` events name a conversation that changed (new message or read receipt); no message text",
  tag: "Messages",
  roles: ["PATIENT", "CLINICIAN"],
  response: z.string(),
  responseType: "text/event-stream",
});

const ZReplyTemplate = z.object({ id: z.string(), title: z.string(), body: z.string() });

export const listReplyTemplatesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/reply-templates",
  summary: "The clinic's saved replies",
  tag: "Messages",
  roles: ["CLINICIAN"],
  response: z.object({ templates: z.array(ZReplyTemplate) }),
});

export const addReplyTemplateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/reply-templates",
  summary: "Save a reply for the clinic's clinicians",
  tag: "Messages",
  roles: ["CLINICIAN"],
  body: ZReplyTemplateInput,
  response: ZReplyTemplate,
});

export const retireReplyTemplateEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/reply-templates/{replyTemplateId}",
  summary: "Retire a saved reply",
  tag: "Messages",
  roles: ["CLINICIAN"],
  params: ZReplyTemplateParams,
  response: z.object({ retired: z.boolean() }),
});
