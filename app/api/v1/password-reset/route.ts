import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { requestPasswordResetEndpoint } from "@/lib/password-reset/password-reset-endpoints";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";

// The email is not awaited: the answer must take as long whether or not the address has an account.
export const POST = handlePublicEndpoint(requestPasswordResetEndpoint, async ({ body, request }) => {
  const { requested } = await requestPasswordReset(getDb(), {
    email: body.email,
    origin: new URL(request.url).origin,
    clientAddress: { ip: clientAddress(request.headers), userAgent: request.headers.get("user-agent") },
  });
  return { requested };
});
