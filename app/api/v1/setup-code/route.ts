import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { redeemSetupCode } from "@/lib/setup-codes/redeem-setup-code";
import { redeemSetupCodeEndpoint } from "@/lib/setup-codes/setup-code-endpoints";

export const POST = handlePublicEndpoint(redeemSetupCodeEndpoint, async ({ body, request }) =>
  redeemSetupCode(getDb(), body, { ip: clientAddress(request.headers), userAgent: request.headers.get("user-agent") }),
);
