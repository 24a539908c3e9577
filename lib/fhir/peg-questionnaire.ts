import type { Coding, Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import { PEG_CITATION, PEG_ITEMS, type TPegItem } from "../checkins/peg-items";
import { PEG_LOINC } from "./codes";
import { pegQuestionnaireUrl, type TFhirLinks } from "./fhir-links";

export const PEG_QUESTIONNAIRE_ID = "peg-3";

/** The LOINC code of each item LOINC codes (the average-pain item has none in LOINC's own form). */
const ITEM_CODES: Partial<Record<TPegItem["linkId"], Coding>> = {
  "peg-enjoyment": PEG_LOINC.enjoyment,
  "peg-activity": PEG_LOINC.activity,
};

export const PEG_SCORE_LINK_ID = "peg-score";
export const PEG_SCORE_TEXT = "PEG score: the mean of the three answers, to one decimal";

const zeroToTen = [
  { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
  { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 10 },
];

/** The weekly PEG-3 (Krebs et al., J Gen Intern Med 2009) as the app serves it at Questionnaire/peg-3. */
export function buildPegQuestionnaire(links: TFhirLinks): Questionnaire {
  // The item text is the question alone, as published (and as LOINC displays it); its anchors follow as a display item of its own.
  const answers: QuestionnaireItem[] = PEG_ITEMS.map((item) => {
    const code = ITEM_CODES[item.linkId];
    return {
      linkId: item.linkId,
      ...(code ? { code: [code] } : {}),
      text: item.question,
      type: "integer",
      required: true,
      extension: zeroToTen,
      item: [{ linkId: `${item.linkId}-anchors`, type: "display", text: `0 = ${item.lowAnchor}, 10 = ${item.highAnchor}` }],
    };
  });
  return {
    resourceType: "Questionnaire",
    id: PEG_QUESTIONNAIRE_ID,
    url: pegQuestionnaireUrl(links),
    version: "1",
    name: "PEG3",
    title: "PEG-3: pain, enjoyment of life, general activity",
    status: "active",
    subjectType: ["Patient"],
    publisher: "BackTrack",
    description:
      "The three-item PEG scale of pain intensity and interference, asked once a week with the daily check-in, about the past 7 days. " +
      `Each answer is 0-10; the score is their mean. Items and anchors as published. Source: ${PEG_CITATION}`,
    code: [PEG_LOINC.panel],
    item: [
      ...answers,
      {
        linkId: PEG_SCORE_LINK_ID,
        text: PEG_SCORE_TEXT,
        type: "decimal",
        readOnly: true,
      },
    ],
  };
}
