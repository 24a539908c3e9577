import { careTeamRecipients } from "../care-team/care-team";
import type { Prisma } from "../db/generated/client";
import { createNotifications } from "../notifications/create-notifications";
import { loadReminderSettings } from "./load-reminder-settings";
import { channelsFor } from "./notification-channels";

/**
 * An emergency-level red flag tells the patient's care team (else every
 * clinician of the clinic) at once: written in the check-in's transaction as
 * pending deliveries (so a flag is never saved without its notice), sent by
 * the queue right after and picked up again by the next scan if that enqueue
 * was lost. Not held back by quiet hours or a pause. The text names no patient.
 */
export async function notifyEmergencyFlag(tx: Prisma.TransactionClient, patientId: string, alertId: string): Promise<string[]> {
  const clinicianIds = await careTeamRecipients(tx, patientId);
  const notifications = await Promise.all(
    clinicianIds.map(async (userId) => ({
      userId,
      kind: "EMERGENCY_FLAG" as const,
      link: `/patients/${patientId}`,
      dedupeKey: `EMERGENCY_FLAG:${userId}:${alertId}`,
      channels: channelsFor(await loadReminderSettings(tx, userId), "EMERGENCY_FLAG"),
    })),
  );
  return createNotifications(tx, notifications);
}

