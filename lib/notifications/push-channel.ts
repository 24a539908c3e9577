/*
 * The push channel, written against the push branch's
 * `sendPushToUser(db, userId, { title, body, url, tag })` (lib/push). Until
 * that is merged no PUSH delivery is made; on merge, set
 * PUSH_CHANNEL_CONNECTED to true and call sendPushToUser in sendPush below.
 */
import type { TDatabase } from "../db/client";
import type { TNotificationText } from "./notification-text";

export const PUSH_CHANNEL_CONNECTED = false;

export type TPushOutcome = { sent: true } | { sent: false; reason: string };

export async function sendPush(db: TDatabase, userId: string, text: TNotificationText, url: string, tag: string): Promise<TPushOutcome> {
  void db;
  void userId;
  void text;
  void url;
  void tag;
  return { sent: false, reason: "Push is not connected on this server yet." };
}
