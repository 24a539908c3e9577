import type { NotificationKind } from "../db/generated/enums";

/** What a notification says, in the app, by email and by push. */
export type TNotificationText = {
  /** Email subject and push title. */
  title: string;
  /** One sentence for the inbox, email and push body. */
  body: string;
  /** The email's button. */
  actionLabel: string;
};

/*
 * Fixed texts per kind, on purpose with no health information: an email or a
 * lock-screen push can be read by anyone near the phone, so they never say
 * what the pain is, what was answered, or which patient needs review.
 */
const TEXTS: Record<NotificationKind, TNotificationText> = {
  CHECK_IN_REMINDER: { title: "Time for today's check-in", body: "Your check-in takes about a minute.", actionLabel: "Open check-in" },
  EXERCISE_REMINDER: { title: "Your exercises for today", body: "Your plan has exercises for today.", actionLabel: "Open today's exercises" },
  PEG_REMINDER: { title: "Your weekly questions are ready", body: "This week's three short questions are part of today's check-in.", actionLabel: "Open check-in" },
  NOT_HEARD_FROM: { title: "We have not heard from you", body: "Your clinic would like to know how you are doing.", actionLabel: "Open check-in" },
  NEW_ASSIGNMENT: { title: "Something new from your clinic", body: "Your clinic has shared something new with you.", actionLabel: "Sign in to see it" },
  EMERGENCY_FLAG: { title: "A patient needs review", body: "A patient needs review: sign in to see who.", actionLabel: "Sign in to review" },
  CLINICIAN_DIGEST: { title: "Your daily patient summary", body: "Your daily summary is ready: sign in to see it.", actionLabel: "Open the summary" },
  NEW_MESSAGE: { title: "You have a new message", body: "You have a new message in BackTrack: sign in to read it.", actionLabel: "Read the message" },
};

export function notificationText(kind: NotificationKind): TNotificationText {
  return TEXTS[kind];
}
