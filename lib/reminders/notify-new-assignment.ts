import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { createNotifications } from "../notifications/create-notifications";
import { loadReminderSettings } from "./load-reminder-settings";
import { channelsFor } from "./notification-channels";

/**
 * "Something new from your clinic" when a clinician gives the patient guides
 * or a plan: written in the same transaction as the assignment (a retried
 * request that assigns nothing new makes no notice). `occasion` names the
 * event (the plan's id), or is random for a set of guides given once.
 */
export async function notifyNewAssignment(tx: Prisma.TransactionClient, patientId: string, what: "guides" | "plan", occasion: string = randomUUID()): Promise<void> {
  const settings = await loadReminderSettings(tx, patientId);
  await createNotifications(tx, [
    {
      userId: patientId,
      kind: "NEW_ASSIGNMENT",
      link: what === "plan" ? "/my-plan" : "/dashboard",
      dedupeKey: `NEW_ASSIGNMENT:${patientId}:${what}:${occasion}`,
      channels: channelsFor(settings, "NEW_ASSIGNMENT"),
    },
  ]);
}
