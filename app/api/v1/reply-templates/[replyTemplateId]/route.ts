import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { retireReplyTemplateEndpoint } from "@/lib/messages/message-endpoints";
import { retireReplyTemplate } from "@/lib/messages/reply-templates";

export const DELETE = handleEndpoint(retireReplyTemplateEndpoint, async ({ viewer, params }) => {
  await retireReplyTemplate(getDb(), viewer, params.replyTemplateId);
  return { retired: true };
});
