import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { addReplyTemplateEndpoint, listReplyTemplatesEndpoint } from "@/lib/messages/message-endpoints";
import { addReplyTemplate, listReplyTemplates } from "@/lib/messages/reply-templates";

export const GET = handleEndpoint(listReplyTemplatesEndpoint, async ({ viewer }) => ({ templates: await listReplyTemplates(getDb(), viewer) }));

export const POST = handleEndpoint(addReplyTemplateEndpoint, async ({ viewer, body }) => addReplyTemplate(getDb(), viewer, body));
