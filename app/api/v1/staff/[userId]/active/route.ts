import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { setStaffActive } from "@/lib/staff/staff";
import { setStaffActiveEndpoint } from "@/lib/staff/staff-endpoints";

export const POST = handleEndpoint(setStaffActiveEndpoint, async ({ viewer, params, body }) => setStaffActive(getDb(), viewer, params.userId, body.active));
