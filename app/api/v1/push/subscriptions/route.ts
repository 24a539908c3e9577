import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { subscribePushEndpoint, unsubscribePushEndpoint } from "@/lib/push/push-endpoints";
import { subscribeToPush, unsubscribeFromPush } from "@/lib/push/push-subscriptions";

export const POST = handleEndpoint(subscribePushEndpoint, ({ viewer, body }) => subscribeToPush(getDb(), viewer, body));

export const DELETE = handleEndpoint(unsubscribePushEndpoint, ({ viewer, body }) => unsubscribeFromPush(getDb(), viewer, body));
