import { z } from "zod";

/*
 * What a notification may say. Push texts show on a lock screen, where anyone
 * can read them: they carry no health information, only that there is
 * something to see ("Time for today's check-in", "A patient needs review: sign
 * in to see who"). The page behind the link says the rest after sign-in. The
 * short limits keep callers to such texts; no pain score, condition or name fits
 * a rule that a reviewer cannot see at a glance.
 */
export const PUSH_TITLE_MAX = 60;
export const PUSH_BODY_MAX = 120;

export const ZPushMessage = z.object({
  title: z.string().trim().min(1).max(PUSH_TITLE_MAX),
  body: z.string().trim().min(1).max(PUSH_BODY_MAX),
  /** A path on this site (the service worker opens nothing else). */
  url: z
    .string()
    .max(500)
    .regex(/^\/(?![/\\])/, "must be a path on this site, starting with a single /"),
  /** Notifications with the same tag replace each other on the device (one "check-in" reminder, not a pile). */
  tag: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, "must be 1-64 lower-case letters, digits or dashes")
    .optional(),
});
export type TPushMessage = z.input<typeof ZPushMessage>;
