/**
 * Reads a Server-Sent Events response and calls `onEvent` with each event's
 * name and data, as an EventSource would (ends with the stream, or when
 * `signal` aborts). For tests and benches that watch the live message stream.
 */
export async function readServerSentEvents(response: Response, onEvent: (event: { name: string; data: string }) => void, signal?: AbortSignal): Promise<void> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  signal?.addEventListener("abort", () => void reader.cancel().catch(() => undefined), { once: true });
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const lines = buffer.slice(0, end).split("\n");
      buffer = buffer.slice(end + 2);
      const name = lines.find((line) => line.startsWith("event: "))?.slice(7);
      const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n");
      if (name) onEvent({ name, data });
    }
  }
}
