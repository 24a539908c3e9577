import type { NotificationKind } from "../db/generated/enums";

/** What each kind is called on the settings and admin pages. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  CHECK_IN_REMINDER: "Daily check-in reminder",
  EXERCISE_REMINDER: "Exercise reminder",
  PEG_REMINDER: "Weekly questions reminder",
  NOT_HEARD_FROM: "“We have not heard from you”",
  NEW_ASSIGNMENT: "Something new from your clinic",
  EMERGENCY_FLAG: "A patient needs review (at once)",
  CLINICIAN_DIGEST: "Daily summary",
  NEW_MESSAGE: "A new message",
};
