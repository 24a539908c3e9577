import { request } from "node:http";

export type TSignInOutcome = "signed-in" | "invalid" | "locked" | "busy" | "other";

export interface TSignInAttempt {
  outcome: TSignInOutcome;
  /** The id the server answered with: find it in an instance's log to see which one served the attempt. */
  requestId: string | undefined;
}

type TRawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** node:http rather than fetch: the test picks the source address (127.0.0.2 is another client to nginx). */
function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string }): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer from ${url}`)));
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

function cookiesOf(response: TRawResponse): string {
  const lines = response.headers["set-cookie"] ?? [];
  return (Array.isArray(lines) ? lines : [lines]).map((line) => line.split(";", 1)[0]).join("; ");
}

/**
 * One sign-in as the form makes it (next-auth's CSRF token, then its credentials
 * callback), and what the callback said: next-auth answers `{url}` with the
 * authorize error in `error=` (lib/auth/next-auth-options.ts: "locked:<time>").
 */
export async function attemptSignIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  options: { localAddress?: string; forwardedFor?: string; requestId?: string } = {},
): Promise<TSignInAttempt> {
  const extra: Record<string, string> = {
    ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
    ...(options.requestId ? { "x-request-id": options.requestId } : {}),
  };
  const csrf = await rawRequest(`${baseUrl}/api/auth/csrf`, { localAddress: options.localAddress, headers: extra });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const callback = await rawRequest(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress: options.localAddress,
    headers: { ...extra, "content-type": "application/x-www-form-urlencoded", origin: baseUrl, cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, ...credentials, json: "true" }).toString(),
  });
  const requestId = callback.headers["x-request-id"] as string | undefined;
  const answer = (JSON.parse(callback.body || "{}") as { url?: string }).url ?? "";
  const error = answer ? new URL(answer, baseUrl).searchParams.get("error") : null;
  if (callback.status === 200 && !error && cookiesOf(callback).includes("session-token")) return { outcome: "signed-in", requestId };
  if (error?.startsWith("locked:")) return { outcome: "locked", requestId };
  if (error?.startsWith("busy:")) return { outcome: "busy", requestId };
  if (error === "CredentialsSignin") return { outcome: "invalid", requestId };
  return { outcome: "other", requestId };
}
