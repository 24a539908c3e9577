"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import {
  getConversationEndpoint,
  markConversationReadEndpoint,
  sendMessageEndpoint,
  updateConversationEndpoint,
} from "@/lib/messages/message-endpoints";
import { MessageComposer, type TReplyTemplateOption } from "./message-composer";
import { MessageText } from "./message-text";
import { MESSAGE_QUERY_ROOT, pollingInterval, useMessageEvents } from "./use-message-events";

const time = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

type TClinicianControls = { clinicians: { id: string; name: string }[]; templates: TReplyTemplateOption[] };

/**
 * One conversation, kept current by the live stream (or polling while it is
 * down). Opening it, and each new message while it is open, marks it read,
 * which the other side sees as a receipt.
 */
export function ConversationThread({
  conversationId,
  emergencyNumber,
  clinician,
  backHref,
}: {
  conversationId: string;
  /** For patients: screens their words for emergency signs. */
  emergencyNumber?: string;
  clinician?: TClinicianControls;
  backHref: string;
}) {
  const live = useMessageEvents();
  const queryClient = useQueryClient();
  const queryKey = [MESSAGE_QUERY_ROOT, "conversation", conversationId];
  const thread = useQuery({
    queryKey,
    queryFn: () => callApi(getConversationEndpoint, { params: { conversationId } }),
    refetchInterval: pollingInterval(live),
  });
  const markRead = useMutation({ mutationFn: () => callApi(markConversationReadEndpoint, { params: { conversationId }, body: {} }) });
  const send = useMutation<unknown, ApiClientError, { body: string; requestId: string }>({
    mutationFn: (body) => callApi(sendMessageEndpoint, { params: { conversationId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MESSAGE_QUERY_ROOT] }),
  });
  const update = useMutation<unknown, ApiClientError, { status?: "OPEN" | "CLOSED"; assignedToId?: string | null }>({
    mutationFn: (body) => callApi(updateConversationEndpoint, { params: { conversationId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MESSAGE_QUERY_ROOT] }),
  });

  const unread = thread.data?.conversation.unread ?? false;
  const lastId = thread.data?.messages.at(-1)?.id;
  const markedFor = useRef<string | undefined>(undefined);
  const { mutate: markAsRead } = markRead;
  useEffect(() => {
    if (!unread || !lastId || markedFor.current === lastId) return;
    markedFor.current = lastId;
    markAsRead(undefined, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: [MESSAGE_QUERY_ROOT] }) });
  }, [unread, lastId, markAsRead, queryClient]);

  if (thread.isPending) return <p role="status">Loading the conversation…</p>;
  if (thread.isError) {
    return (
      <p role="alert" className="text-alert-700">
        {thread.error instanceof Error ? thread.error.message : "We could not load this conversation."} <Link href={backHref}>Back</Link>
      </p>
    );
  }

  const { conversation, messages } = thread.data;
  const lastOwn = [...messages].reverse().find((message) => message.fromViewer);
  const newest = messages.at(-1);

  return (
    <div className="space-y-6" data-live={live}>
      <div className="space-y-1">
        <p className="text-sm text-muted">
          <Link href={backHref} className="font-medium text-brand-800 underline">
            ← All messages
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{clinician ? `${conversation.patientName}: ${conversation.about}` : conversation.about}</h1>
        <p className="text-sm text-muted">
          {conversation.status === "CLOSED" ? "Closed. A new message opens it again." : "Open"}
          {conversation.assignedTo ? ` · With ${conversation.assignedTo.name}` : ""}
          {conversation.emergencyFlagged ? " · Mentions emergency signs" : ""}
        </p>
        <p role="status" className="sr-only">
          {newest && !newest.fromViewer ? `Latest message from ${newest.author.name}` : ""}
        </p>
      </div>

      {clinician ? (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 p-3">
          <div className="space-y-1">
            <label htmlFor="assign" className="block text-sm font-medium">
              Assigned to
            </label>
            <select
              id="assign"
              className="min-h-11 rounded-md border border-gray-500 bg-white px-3"
              value={conversation.assignedTo?.id ?? ""}
              onChange={(event) => update.mutate({ assignedToId: event.target.value || null })}
            >
              <option value="">Nobody</option>
              {clinician.clinicians.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={() => update.mutate({ status: conversation.status === "OPEN" ? "CLOSED" : "OPEN" })}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800"
          >
            {conversation.status === "OPEN" ? "Close conversation" : "Reopen conversation"}
          </button>
          {update.error ? (
            <p role="alert" className="text-sm font-medium text-alert-700">
              {update.error.message}
            </p>
          ) : null}
        </div>
      ) : null}

      <ol aria-label="Messages" className="space-y-3">
        {messages.map((message) => (
          <li key={message.id} className={`rounded-lg border p-3 ${message.fromViewer ? "ml-6 border-brand-100 bg-brand-50" : "mr-6 border-gray-300 bg-white"}`}>
            <p className="text-sm font-semibold">
              {message.fromViewer ? "You" : message.author.name} <span className="font-normal text-muted">· {time(message.createdAt)}</span>
            </p>
            <MessageText text={message.body} />
            {message.id === lastOwn?.id && message.seenBy.length > 0 ? (
              <p className="mt-1 text-sm text-muted">Seen by {message.seenBy.map((seen) => `${seen.name}, ${time(seen.at)}`).join("; ")}</p>
            ) : null}
          </li>
        ))}
      </ol>

      <MessageComposer
        label="Your reply"
        submitLabel="Send reply"
        pending={send.isPending}
        error={send.error}
        emergencyNumber={emergencyNumber}
        templates={clinician?.templates}
        onSend={(input, done) => send.mutate(input, { onSuccess: done })}
      />
      <p className="text-sm text-muted">{live === "live" ? "New messages appear here as they arrive." : "Checking for new messages every few seconds."}</p>
    </div>
  );
}
