import { z } from "zod";
import { ZRecordId } from "../api/path-params";

/** The longest message, in characters (issue 18): long enough for a clear question, short enough to read on a phone. */
export const MESSAGE_MAX_CHARACTERS = 5000;

export const CONVERSATION_TOPICS = ["GENERAL", "CHECK_IN", "ALERT", "EXERCISE"] as const;
export type TConversationTopic = (typeof CONVERSATION_TOPICS)[number];

export const ZMessageBody = z
  .string({ error: "Write a message." })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Write a message.")
      .max(MESSAGE_MAX_CHARACTERS, `A message can be up to ${MESSAGE_MAX_CHARACTERS.toLocaleString("en")} characters.`),
  );

const ZRequestId = z.uuid("The request key must be a UUID.");

export const ZSendMessage = z.object({ body: ZMessageBody, requestId: ZRequestId });

export const ZStartConversation = z
  .object({
    /** A clinician names the patient; a patient writes to their own care team and leaves it out. */
    patientId: ZRecordId.optional(),
    topic: z.enum(CONVERSATION_TOPICS, { error: "Choose what the message is about." }).default("GENERAL"),
    checkInId: ZRecordId.optional(),
    alertId: ZRecordId.optional(),
    exerciseId: ZRecordId.optional(),
    body: ZMessageBody,
    requestId: ZRequestId,
  })
  .superRefine((value, context) => {
    const needed = { CHECK_IN: "checkInId", ALERT: "alertId", EXERCISE: "exerciseId", GENERAL: null } as const;
    const field = needed[value.topic];
    if (field && !value[field]) context.addIssue({ code: "custom", path: [field], message: "Choose what the message is about." });
  });

export const INBOX_FILTERS = ["all", "unanswered", "mine", "alerts", "emergency"] as const;

export const ZConversationListQuery = z.object({
  status: z.enum(["open", "closed", "all"]).default("open"),
  filter: z.enum(INBOX_FILTERS).default("all"),
  patientId: ZRecordId.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ZConversationParams = z.object({ conversationId: ZRecordId });

export const ZUpdateConversation = z
  .object({
    status: z.enum(["OPEN", "CLOSED"]).optional(),
    /** A clinician of the clinic, or null to unassign. */
    assignedToId: ZRecordId.nullable().optional(),
  })
  .refine((value) => value.status !== undefined || value.assignedToId !== undefined, { message: "Say what to change: status or assignedToId." });

export const ZReplyTemplateInput = z.object({
  title: z.string().trim().min(1, "Give the template a short title.").max(80, "Keep the title under 80 characters."),
  body: ZMessageBody,
});

export const ZReplyTemplateParams = z.object({ replyTemplateId: ZRecordId });
