import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPushSubscriptionInput, ZPushUnsubscribeInput } from "./push-input";

const SIGNED_IN = ["ADMIN", "CLINICIAN", "PATIENT"] as const;

export const pushPublicKeyEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/push/public-key",
  summary: "The server's VAPID public key, for PushManager.subscribe's applicationServerKey (made at first use)",
  tag: "Push",
  roles: SIGNED_IN,
  response: z.object({ publicKey: z.string().describe("Uncompressed P-256 point, base64url (RFC 8292).") }),
});

export const subscribePushEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/push/subscriptions",
  summary: "Receive notifications on this browser: stores its push subscription for me (again with the same endpoint changes nothing)",
  tag: "Push",
  roles: SIGNED_IN,
  body: ZPushSubscriptionInput,
  response: z.object({ subscribed: z.literal(true) }),
});

export const unsubscribePushEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/push/subscriptions",
  summary: "Stop notifications on this browser: removes my subscription with this endpoint (one that is already gone is not an error)",
  tag: "Push",
  roles: SIGNED_IN,
  body: ZPushUnsubscribeInput,
  response: z.object({ subscribed: z.literal(false) }),
});
