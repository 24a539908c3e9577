import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import type { TViewer } from "@/lib/auth/viewer-types";
import { listCareTeam } from "@/lib/care-team/care-team";
import type { TDatabase } from "@/lib/db/client";
import { mediumDate } from "@/lib/dates/format-date";
import { listConversations } from "@/lib/messages/conversations";
import { functionSentences } from "@/lib/questionnaires/function-summary";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";

/**
 * What other features add to the summary: the function change (questionnaires),
 * the next questionnaire due, unread messages with the "Message" action, and
 * the care team. Read in parallel; each is left out while it has nothing.
 */
export type TSummarySlots = {
  functionChange: ReactNode;
  /** The function part of the one-line trend summary, as the patient reads it ("" without scores). */
  functionSentence: string;
  nextQuestionnaire: ReactNode;
  unreadMessages: ReactNode;
  messageAction: ReactNode;
  careTeam: ReactNode;
};

const CHANGE_WORDS = { improved: "improved by an important amount", worsened: "worse by an important amount", "no-important-change": "no important change" } as const;

export async function summarySlots(db: TDatabase, viewer: TViewer, patientId: string): Promise<TSummarySlots> {
  const [questionnaires, conversations, careTeam] = await Promise.all([
    getQuestionnaires(db, viewer, patientId),
    listConversations(db, viewer, { patientId, status: "open" }),
    listCareTeam(db, viewer, patientId),
  ]);
  const measured = questionnaires.summaries.filter((summary) => summary.latest !== null);
  const unread = conversations.conversations.filter((conversation) => conversation.unread).length;
  const next = questionnaires.due[0];
  return {
    functionChange: measured.length
      ? measured
          .map((summary) => `${summary.shortTitle} ${summary.latest!.score}${summary.classification ? ` (${CHANGE_WORDS[summary.classification]})` : ""}`)
          .join("; ")
      : null,
    functionSentence: functionSentences(questionnaires.summaries),
    nextQuestionnaire: next ? `${next.title}, due since ${mediumDate(next.dueSince)}` : null,
    unreadMessages: unread ? `${unread} unread ${unread === 1 ? "conversation" : "conversations"}` : null,
    messageAction: (
      <ButtonLink href={`/inbox/new?patient=${encodeURIComponent(patientId)}`} variant="secondary">
        Message the patient
      </ButtonLink>
    ),
    careTeam: careTeam.length ? <p className="text-sm text-muted">Care team: {careTeam.map((member) => member.name).join(", ")}</p> : null,
  };
}
