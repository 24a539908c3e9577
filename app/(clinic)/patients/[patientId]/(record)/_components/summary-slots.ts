import type { ReactNode } from "react";

/**
 * Places on the summary that other features fill when they land; each is left
 * out while null. questionnaires: the function change (PSFS) and the next
 * questionnaire due; messages: the unread count and the "Message" action;
 * reminders: the care team (who looks after this patient).
 */
export type TSummarySlots = {
  functionChange: ReactNode;
  nextQuestionnaire: ReactNode;
  unreadMessages: ReactNode;
  messageAction: ReactNode;
  careTeam: ReactNode;
};

export function summarySlots(): TSummarySlots {
  return { functionChange: null, nextQuestionnaire: null, unreadMessages: null, messageAction: null, careTeam: null };
}
