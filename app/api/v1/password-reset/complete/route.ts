import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { completePasswordReset } from "@/lib/password-reset/complete-password-reset";
import { completePasswordResetEndpoint } from "@/lib/password-reset/password-reset-endpoints";

export const POST = handlePublicEndpoint(completePasswordResetEndpoint, async ({ body, request }) =>
  completePasswordReset(getDb(), body, { ip: clientAddress(request.headers), userAgent: request.headers.get("user-agent") }),
);
