import { ApiError } from "@/lib/api/api-error";
import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { unsubscribeEndpoint, unsubscribeLinkEndpoint } from "@/lib/notifications/unsubscribe-endpoints";
import { getDb } from "@/lib/db/client";
import { unsubscribeByToken } from "@/lib/notifications/unsubscribe";

const oneClick = handlePublicEndpoint(unsubscribeEndpoint, async ({ params }) => {
  const result = await unsubscribeByToken(getDb(), params.token);
  if (!result.ok) throw new ApiError(404, "not_found", "This unsubscribe link does not work. Sign in and change your reminders instead.");
  return { ok: true as const };
});

type TContext = { params: Promise<{ token: string }> };

/*
 * RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" from its own
 * servers, with no Origin of ours, so the same-origin check for writes cannot
 * apply here; the signed token is the whole credential and can only turn one
 * kind of email off. A form on our confirmation page posts here too and is
 * sent back to that page.
 */
export async function POST(request: Request, context: TContext): Promise<Response> {
  const fromOurPage = request.headers.get("sec-fetch-site") === "same-origin" && (request.headers.get("content-type") ?? "").includes("form");
  const plain = new Request(request.url, { method: "POST", headers: { origin: new URL(request.url).origin } });
  const response = await oneClick(plain, context);
  if (!fromOurPage) return response;
  const { token } = await context.params;
  const page = new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url);
  page.searchParams.set(response.ok ? "done" : "failed", "1");
  return Response.redirect(page, 303);
}

/** A GET (a person clicking the link, or a scanner following it) changes nothing: it shows the confirmation page. */
export const GET = handlePublicEndpoint(unsubscribeLinkEndpoint, async ({ params, request }) =>
  Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(params.token)}`, request.url), 303),
);
