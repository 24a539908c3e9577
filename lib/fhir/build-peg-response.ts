import type { QuestionnaireResponse } from "@medplum/fhirtypes";
import { pegScoreOf } from "../checkins/peg-score";
import { fromDbDate } from "../dates/calendar-date";
import { pegQuestionnaireUrl, referenceTo, type TFhirLinks } from "./fhir-links";
import { PEG_ITEMS } from "../checkins/peg-items";
import { PEG_SCORE_LINK_ID, PEG_SCORE_TEXT } from "./peg-questionnaire";

export type TPegCheckIn = { id: string; date: Date; pegPain: number | null; pegEnjoyment: number | null; pegActivity: number | null };

/**
 * A check-in's PEG-3 answers, or null when that check-in did not ask them
 * (all three or none are stored). `authored` is the patient's calendar date
 * the answers belong to, as for the pain observations.
 */
export function buildPegResponse(links: TFhirLinks, patientId: string, checkIn: TPegCheckIn): QuestionnaireResponse | null {
  const answers = PEG_ITEMS.map((item) => checkIn[item.field]);
  if (!answers.every((answer): answer is number => answer !== null)) return null;
  return {
    resourceType: "QuestionnaireResponse",
    id: `peg-${checkIn.id}`,
    questionnaire: pegQuestionnaireUrl(links),
    status: "completed",
    subject: referenceTo(links, "Patient", patientId),
    authored: fromDbDate(checkIn.date),
    author: referenceTo(links, "Patient", patientId),
    source: referenceTo(links, "Patient", patientId),
    item: [
      ...PEG_ITEMS.map((item, index) => ({ linkId: item.linkId, text: item.question, answer: [{ valueInteger: answers[index] }] })),
      { linkId: PEG_SCORE_LINK_ID, text: PEG_SCORE_TEXT, answer: [{ valueDecimal: pegScoreOf(checkIn)! }] },
    ],
  };
}
