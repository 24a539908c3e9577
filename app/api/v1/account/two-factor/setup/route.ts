import { handleEndpoint } from "@/lib/api/endpoint";
import { startTwoFactorSetupEndpoint } from "@/lib/auth/two-factor-endpoints";
import { startTwoFactorSetup } from "@/lib/auth/two-factor";
import { getTwoFactorViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(startTwoFactorSetupEndpoint, async ({ viewer }) => startTwoFactorSetup(getDb(), viewer), { viewer: getTwoFactorViewer });
