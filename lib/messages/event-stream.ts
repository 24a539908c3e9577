import type { TViewer } from "../auth/viewer-types";
import { getEnv } from "../config/env";
import { createConversationEventHub, viewerMayHear, type TConversationEventHub } from "./message-events";

/** A comment line this often keeps proxies and phones from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** How long the browser waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: compression (Next's, a proxy's) must not buffer the stream.
  "Cache-Control": "no-cache, no-transform",
  // nginx buffers proxied responses unless told not to.
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

const encoder = new TextEncoder();

/**
 * The Server-Sent Events stream of one signed-in viewer: a `conversation`
 * event (the id only) for each change they may see. Ends when the client goes,
 * when the listening connection is lost, or on shutdown.
 */
export async function openConversationEventStream(hub: TConversationEventHub, viewer: TViewer, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const timer: { heartbeat?: ReturnType<typeof setInterval> } = {};
  let unsubscribe: () => void = () => undefined;

  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer.heartbeat);
    unsubscribe();
    try {
      controller.close();
    } catch {
      // Already closed by the client.
    }
  };
  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
    cancel() {
      close();
    },
  });

  unsubscribe = await hub.subscribe({
    onEvent(event) {
      if (viewerMayHear(viewer, event)) write(`event: conversation\ndata: ${JSON.stringify({ conversationId: event.conversationId })}\n\n`);
    },
    onLost: close,
  });
  write(`retry: ${RETRY_MS}\n: connected\n\n`);
  timer.heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
  if (signal.aborted) close();
  else signal.addEventListener("abort", close, { once: true });
  return stream;
}

const globalHub = globalThis as typeof globalThis & { backtrackConversationHub?: TConversationEventHub };

/** The process's hub on DATABASE_URL; its streams end on SIGTERM so a graceful shutdown is not held open by them. */
export function getConversationEventHub(): TConversationEventHub {
  if (!globalHub.backtrackConversationHub) {
    const hub = createConversationEventHub(() => {
      const url = getEnv().DATABASE_URL;
      if (!url) throw new Error("DATABASE_URL is not set");
      return url;
    });
    process.once("SIGTERM", () => hub.endAll());
    process.once("SIGINT", () => hub.endAll());
    globalHub.backtrackConversationHub = hub;
  }
  return globalHub.backtrackConversationHub;
}
