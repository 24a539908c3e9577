import { handleEndpoint } from "@/lib/api/endpoint";
import { verifyTwoFactorEndpoint } from "@/lib/auth/two-factor-endpoints";
import { verifyTwoFactor } from "@/lib/auth/two-factor";
import { getTwoFactorViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(verifyTwoFactorEndpoint, async ({ viewer, body }) => verifyTwoFactor(getDb(), viewer, body.code), { viewer: getTwoFactorViewer });
