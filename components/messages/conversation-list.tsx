"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { callApi } from "@/lib/api/api-client";
import { listConversationsEndpoint } from "@/lib/messages/message-endpoints";
import { MESSAGE_QUERY_ROOT, pollingInterval, useMessageEvents } from "./use-message-events";

const FILTERS = [
  { value: "all", label: "All" },
  { value: "unanswered", label: "Unanswered 24 h+" },
  { value: "mine", label: "Assigned to me" },
  { value: "alerts", label: "About an alert" },
  { value: "emergency", label: "Emergency words" },
] as const;

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** A patient's conversations, or a clinic's inbox (with filters), unread first; live like the thread. */
export function ConversationList({ hrefBase, inbox, patientId }: { hrefBase: string; inbox?: boolean; patientId?: string }) {
  const live = useMessageEvents();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]["value"]>("all");
  const [status, setStatus] = useState<"open" | "closed" | "all">(patientId ? "all" : "open");
  const query = { filter, status, patientId };
  const list = useQuery({
    queryKey: [MESSAGE_QUERY_ROOT, "list", query],
    queryFn: () => callApi(listConversationsEndpoint, { query }),
    refetchInterval: pollingInterval(live),
  });

  return (
    <div className="space-y-4" data-live={live}>
      {inbox ? (
        <div className="flex flex-wrap gap-4">
          <div className="space-y-1">
            <label htmlFor="inbox-filter" className="block text-sm font-medium">
              Show
            </label>
            <select id="inbox-filter" value={filter} onChange={(event) => setFilter(event.target.value as typeof filter)} className="min-h-11 rounded-md border border-gray-500 bg-white px-3">
              {FILTERS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="inbox-status" className="block text-sm font-medium">
              Status
            </label>
            <select id="inbox-status" value={status} onChange={(event) => setStatus(event.target.value as typeof status)} className="min-h-11 rounded-md border border-gray-500 bg-white px-3">
              <option value="open">Open</option>
              <option value="closed">Closed</option>
              <option value="all">All</option>
            </select>
          </div>
        </div>
      ) : null}
      {list.isPending ? (
        <p role="status">Loading messages…</p>
      ) : list.isError ? (
        <p role="alert" className="text-alert-700">
          {list.error.message}
        </p>
      ) : list.data.conversations.length === 0 ? (
        <p>No conversations here yet.</p>
      ) : (
        <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100">
          {list.data.conversations.map((conversation) => (
            <li key={conversation.id} className={conversation.unread ? "bg-brand-50" : undefined}>
              <Link href={`${hrefBase}/${conversation.id}`} className="block min-h-12 space-y-1 p-3 hover:bg-brand-50">
                <span className={`block ${conversation.unread ? "font-bold" : "font-medium"} text-brand-900`}>
                  {inbox || patientId ? `${conversation.patientName}: ` : ""}
                  {conversation.about}
                  {conversation.unread ? <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">New</span> : null}
                  {conversation.emergencyFlagged ? <span className="ml-2 rounded bg-alert-700 px-2 py-0.5 text-xs font-semibold text-white">Emergency words</span> : null}
                </span>
                <span className="block text-sm text-muted">
                  {when(conversation.lastMessageAt)}
                  {conversation.status === "CLOSED" ? " · Closed" : conversation.awaitingClinic ? (inbox || patientId ? " · Waiting for a reply" : " · Sent to your clinic") : ""}
                  {conversation.assignedTo ? ` · ${conversation.assignedTo.name}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
