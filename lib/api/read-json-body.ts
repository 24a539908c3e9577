import { ApiError } from "./api-error";

/** The largest JSON body an endpoint reads unless its contract documents more (`maxBodyBytes`). */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is too large: at most ${Math.floor(maxBytes / 1024)} KiB.`);
}

/**
 * Reads a JSON body without ever holding more than `maxBytes` of it: a
 * declared Content-Length over the cap is refused before reading, and the
 * bytes of a streamed body are counted as they arrive, the stream cancelled
 * as soon as they pass the cap. Public endpoints read bodies before any
 * check, so an unbounded read would let anyone fill the server's memory.
 */
export async function readJsonBody(request: Request, maxBytes: number = DEFAULT_MAX_JSON_BYTES): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new ApiError(415, "unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const text = await readBoundedText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

async function readBoundedText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
