"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { messageEventsEndpoint } from "@/lib/messages/message-endpoints";

export const MESSAGE_QUERY_ROOT = "messages";
/** While the live stream is down, the pages ask for changes this often instead. */
export const POLL_WHEN_OFFLINE_MS = 15_000;

export type TLiveState = "connecting" | "live" | "polling";

/**
 * Keeps message pages current: a Server-Sent Events stream says which
 * conversation changed and react-query refetches it. While the stream is down
 * the state is "polling" (pages then refetch on an interval) and EventSource
 * reconnects by itself; on reconnect everything is refetched, as events may
 * have been missed.
 */
export function useMessageEvents(): TLiveState {
  const queryClient = useQueryClient();
  // A browser without EventSource polls from the start.
  const [state, setState] = useState<TLiveState>(() => (typeof window !== "undefined" && typeof EventSource === "undefined" ? "polling" : "connecting"));
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(messageEventsEndpoint.path);
    let wasLive = false;
    source.onopen = () => {
      if (wasLive) void queryClient.invalidateQueries({ queryKey: [MESSAGE_QUERY_ROOT] });
      wasLive = true;
      setState("live");
    };
    source.onerror = () => setState("polling");
    source.addEventListener("conversation", () => {
      void queryClient.invalidateQueries({ queryKey: [MESSAGE_QUERY_ROOT] });
    });
    return () => source.close();
  }, [queryClient]);
  return state;
}

/** react-query's refetch interval for a message query: none while live. */
export const pollingInterval = (state: TLiveState) => (state === "live" ? false : POLL_WHEN_OFFLINE_MS);
