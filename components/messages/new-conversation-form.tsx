"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { startConversationEndpoint } from "@/lib/messages/message-endpoints";
import type { TConversationTopic } from "@/lib/messages/message-input";
import { MessageComposer, type TReplyTemplateOption } from "./message-composer";

export type TConversationStart = {
  topic: TConversationTopic;
  checkInId?: string;
  alertId?: string;
  exerciseId?: string;
};

/** Starts a conversation, then opens it. */
export function NewConversationForm({
  start,
  patientId,
  hrefBase,
  emergencyNumber,
  templates,
}: {
  start: TConversationStart;
  /** For clinicians: the patient written to. */
  patientId?: string;
  hrefBase: string;
  emergencyNumber?: string;
  templates?: TReplyTemplateOption[];
}) {
  const router = useRouter();
  const send = useMutation<{ conversationId: string }, ApiClientError, { body: string; requestId: string }>({
    mutationFn: (input) => callApi(startConversationEndpoint, { body: { ...start, patientId, ...input } }),
    onSuccess: (result) => router.push(`${hrefBase}/${result.conversationId}`),
  });
  return (
    <MessageComposer
      label="Your message"
      submitLabel="Send message"
      pending={send.isPending || send.isSuccess}
      error={send.error}
      emergencyNumber={emergencyNumber}
      templates={templates}
      onSend={(input, done) => send.mutate(input, { onSuccess: done })}
    />
  );
}
