import { z } from "zod";

/*
 * What a browser's PushSubscription.toJSON() gives (Push API), as the form and
 * the handler both read it. Client-safe: no server imports.
 */

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, `${what} must be base64url.`)
    .refine((value) => Math.floor((value.length * 3) / 4) === bytes, `${what} must be ${bytes} bytes.`);

export const ZPushEndpointUrl = z
  .string()
  .trim()
  .min(1, "The push endpoint is missing.")
  .max(2000, "The push endpoint is too long.")
  .refine((value) => URL.canParse(value) && ["https:", "http:"].includes(new URL(value).protocol), "The push endpoint must be an https:// address.");

export const ZPushSubscriptionInput = z.object({
  endpoint: ZPushEndpointUrl,
  // Browsers send it (usually null); the push service's own expiry is not used.
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // An uncompressed P-256 point starts with 0x04, which base64url writes as "B".
    p256dh: base64url(65, "The browser key (p256dh)").refine((value) => value.startsWith("B"), "The browser key (p256dh) must be an uncompressed P-256 point."),
    auth: base64url(16, "The auth secret"),
  }),
});
export type TPushSubscriptionInput = z.infer<typeof ZPushSubscriptionInput>;

export const ZPushUnsubscribeInput = z.object({ endpoint: ZPushEndpointUrl });
export type TPushUnsubscribeInput = z.infer<typeof ZPushUnsubscribeInput>;
