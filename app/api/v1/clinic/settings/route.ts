import { handleEndpoint } from "@/lib/api/endpoint";
import { getClinicSettings, updateClinicSettings } from "@/lib/clinic-records/clinic-settings";
import { getClinicSettingsEndpoint, updateClinicSettingsEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(getClinicSettingsEndpoint, async ({ viewer }) => getClinicSettings(getDb(), viewer));
export const PUT = handleEndpoint(updateClinicSettingsEndpoint, async ({ viewer, body }) => updateClinicSettings(getDb(), viewer, body));
