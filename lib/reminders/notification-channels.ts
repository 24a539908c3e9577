import type { NotificationChannel, NotificationKind } from "../db/generated/enums";
import { PUSH_CHANNEL_CONNECTED } from "../notifications/push-channel";
import { isChannelOn, type TReminderSettings } from "./reminder-settings";

/** The channels besides in-app the user's settings leave on for this kind (push only once the push channel is connected). */
export function channelsFor(settings: TReminderSettings, kind: NotificationKind): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (isChannelOn(settings, kind, "EMAIL")) channels.push("EMAIL");
  if (PUSH_CHANNEL_CONNECTED && isChannelOn(settings, kind, "PUSH")) channels.push("PUSH");
  return channels;
}
