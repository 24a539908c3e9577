import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { resetStaffTwoFactor } from "@/lib/staff/reset-two-factor";
import { resetStaffTwoFactorEndpoint } from "@/lib/staff/staff-endpoints";

export const POST = handleEndpoint(resetStaffTwoFactorEndpoint, async ({ viewer, params }) => resetStaffTwoFactor(getDb(), viewer, params.userId));
