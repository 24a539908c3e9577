import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { pushPublicKeyEndpoint } from "@/lib/push/push-endpoints";
import { getVapidPublicKey } from "@/lib/push/vapid-keys";

export const GET = handleEndpoint(pushPublicKeyEndpoint, async () => ({ publicKey: await getVapidPublicKey(getDb()) }));
