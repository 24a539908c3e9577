import type { Prisma } from "../db/generated/client";
import { careTeamRecipients } from "../care-team/care-team";
import { createNotifications } from "../notifications/create-notifications";
import { loadReminderSettings } from "./load-reminder-settings";
import { channelsFor } from "./notification-channels";

/**
 * A new message tells the other side, in the same transaction as the message
 * (a retried send stores nothing new and notifies nobody again), through the
 * reminders' channels, never with its words: "You have a new message".
 * A patient's message goes to the conversation's assignee, else the care team
 * (else every clinician of the clinic, as careTeamRecipients decides); a
 * clinic's message goes to the patient.
 */
export async function notifyNewMessage(
  tx: Prisma.TransactionClient,
  input: { conversationId: string; messageId: string; patientId: string; fromPatient: boolean; assignedToId: string | null },
): Promise<void> {
  const recipients = input.fromPatient ? (input.assignedToId ? [input.assignedToId] : await careTeamRecipients(tx, input.patientId)) : [input.patientId];
  const notifications = [];
  for (const userId of recipients) {
    notifications.push({
      userId,
      kind: "NEW_MESSAGE" as const,
      link: input.fromPatient ? `/inbox/${input.conversationId}` : `/messages/${input.conversationId}`,
      dedupeKey: `NEW_MESSAGE:${userId}:${input.messageId}`,
      channels: channelsFor(await loadReminderSettings(tx, userId), "NEW_MESSAGE"),
    });
  }
  await createNotifications(tx, notifications);
}
