import { handleEndpoint } from "@/lib/api/endpoint";
import { confirmTwoFactorSetupEndpoint } from "@/lib/auth/two-factor-endpoints";
import { confirmTwoFactorSetup } from "@/lib/auth/two-factor";
import { getTwoFactorViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(confirmTwoFactorSetupEndpoint, async ({ viewer, body }) => confirmTwoFactorSetup(getDb(), viewer, body.code), { viewer: getTwoFactorViewer });
