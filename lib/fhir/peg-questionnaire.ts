import type { Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import { PEG_LOINC } from "./codes";
import { pegQuestionnaireUrl, type FhirLinks } from "./fhir-links";

export const PEG_QUESTIONNAIRE_ID = "peg-3";

/**
 * The three PEG items as the check-in form asks them (app/(patient)/check-in),
 * with the 0 and 10 anchors it shows. Items 2 and 3 are the form's plain-language
 * wording of Krebs et al.'s "how, during the past week, pain has interfered
 * with ...". Change the two together.
 */
export const PEG_ITEMS = [
  {
    linkId: "peg-pain",
    field: "pegPain",
    text: "What number best describes your pain on average in the past week? (0 = no pain, 10 = pain as bad as you can imagine)",
  },
  {
    linkId: "peg-enjoyment",
    field: "pegEnjoyment",
    text: "How much has pain got in the way of your enjoyment of life? (0 = not at all, 10 = completely)",
    code: PEG_LOINC.enjoyment,
  },
  {
    linkId: "peg-activity",
    field: "pegActivity",
    text: "How much has pain got in the way of your general activity? (0 = not at all, 10 = completely)",
    code: PEG_LOINC.activity,
  },
] as const;

export const PEG_SCORE_LINK_ID = "peg-score";
export const PEG_SCORE_TEXT = "PEG score: the mean of the three answers, to one decimal";

const zeroToTen = [
  { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
  { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 10 },
];

/** The weekly PEG-3 (Krebs et al., J Gen Intern Med 2009) as the app serves it at Questionnaire/peg-3. */
export function buildPegQuestionnaire(links: FhirLinks): Questionnaire {
  const answers: QuestionnaireItem[] = PEG_ITEMS.map((item) => ({
    linkId: item.linkId,
    ...("code" in item ? { code: [item.code] } : {}),
    text: item.text,
    type: "integer",
    required: true,
    extension: zeroToTen,
  }));
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
      "Each answer is 0-10; the score is their mean. Source: Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation " +
      "of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733-738.",
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
