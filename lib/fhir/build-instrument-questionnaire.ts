import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from "@medplum/fhirtypes";
import type { TAnswerItem, TInstrument } from "../questionnaires/instrument-schema";
import type { TAnswers, TAnswerValue } from "../questionnaires/score";
import { SYSTEMS } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";

/*
 * A function questionnaire (content/instruments) as a FHIR Questionnaire,
 * served at Questionnaire/<id>, and each stored answer set as its
 * QuestionnaireResponse. The items and options are the definition's, word for
 * word; a read-only "score" item carries the score by the published rule.
 */

export const SCORE_LINK_ID = "score";

export function instrumentQuestionnaireUrl(links: TFhirLinks, instrumentId: string): string {
  return `${links.base}/Questionnaire/${instrumentId}`;
}

function optionCoding(links: TFhirLinks, instrument: TInstrument, item: TAnswerItem & { type: "choice" }, value: number): Coding {
  const option = item.options.find((candidate) => candidate.value === value);
  return { system: `${instrumentQuestionnaireUrl(links, instrument.id)}/${item.linkId}`, code: String(value), display: option?.text ?? String(value) };
}

function answerItem(links: TFhirLinks, instrument: TInstrument, item: TAnswerItem): QuestionnaireItem {
  switch (item.type) {
    case "integer":
      return {
        linkId: item.linkId,
        text: item.text,
        type: "integer",
        required: true,
        extension: [
          { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: item.min },
          { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: item.max },
        ],
        item: [{ linkId: `${item.linkId}-anchors`, type: "display", text: `${item.min} = ${item.lowAnchor}, ${item.max} = ${item.highAnchor}` }],
      };
    case "choice":
      return { linkId: item.linkId, text: item.text, type: "choice", required: true, answerOption: item.options.map((option) => ({ valueCoding: optionCoding(links, instrument, item, option.value) })) };
    case "text":
      return { linkId: item.linkId, text: item.text, type: "string", required: true, maxLength: item.maxLength };
  }
}

export function buildInstrumentQuestionnaire(links: TFhirLinks, instrument: TInstrument): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id: instrument.id,
    url: instrumentQuestionnaireUrl(links, instrument.id),
    version: String(instrument.version),
    name: instrument.id.replace(/[^A-Za-z0-9]/g, "").toUpperCase(),
    title: instrument.title,
    status: "active",
    subjectType: ["Patient"],
    publisher: "BackTrack",
    description: `${instrument.introduction} Source: ${instrument.citation.text} Licence: ${instrument.licence.name}.`,
    copyright: instrument.licence.terms,
    ...(instrument.loinc ? { code: [{ system: SYSTEMS.loinc, code: instrument.loinc.code, display: instrument.loinc.display }] } : {}),
    item: [
      ...instrument.items.map((item): QuestionnaireItem =>
        item.type === "group"
          ? { linkId: item.linkId, text: item.text, type: "group", repeats: item.maxRepeats > 1, required: item.minRepeats > 0, item: item.items.map((child) => answerItem(links, instrument, child)) }
          : answerItem(links, instrument, item),
      ),
      { linkId: SCORE_LINK_ID, text: `Score (${instrument.range.min} to ${instrument.range.max})`, type: "decimal", readOnly: true },
    ],
  };
}

function answerOf(links: TFhirLinks, instrument: TInstrument, item: TAnswerItem, value: TAnswerValue | undefined): QuestionnaireResponseItem[] {
  if (value === undefined) return [];
  const answer =
    item.type === "choice" && typeof value === "number"
      ? { valueCoding: optionCoding(links, instrument, item, value) }
      : typeof value === "number"
        ? { valueInteger: value }
        : { valueString: value };
  return [{ linkId: item.linkId, text: item.text, answer: [answer] }];
}

export interface TStoredResponse {
  id: string;
  instrumentId: string;
  answers: unknown;
  score: number;
  completedOn: string;
  recordedById: string | null;
}

/** A stored answer set as a QuestionnaireResponse; `authored` is the patient's calendar date. */
export function buildInstrumentResponse(links: TFhirLinks, patientId: string, instrument: TInstrument, response: TStoredResponse): QuestionnaireResponse {
  const answers = (response.answers ?? {}) as TAnswers;
  const items = instrument.items.flatMap((item): QuestionnaireResponseItem[] => {
    const value = answers[item.linkId];
    if (item.type === "group") {
      const rows = Array.isArray(value) ? value : [];
      return rows.map((row) => ({ linkId: item.linkId, text: item.text, item: item.items.flatMap((child) => answerOf(links, instrument, child, row[child.linkId])) }));
    }
    return Array.isArray(value) ? [] : answerOf(links, instrument, item, value);
  });
  return {
    resourceType: "QuestionnaireResponse",
    id: `${instrument.id}-${response.id}`,
    questionnaire: instrumentQuestionnaireUrl(links, instrument.id),
    status: "completed",
    subject: referenceTo(links, "Patient", patientId),
    authored: response.completedOn,
    // Answered by the patient, or recorded by a clinician at a visit (the source is the patient either way).
    ...(response.recordedById ? {} : { author: referenceTo(links, "Patient", patientId) }),
    source: referenceTo(links, "Patient", patientId),
    item: [...items, { linkId: SCORE_LINK_ID, text: `Score (${instrument.range.min} to ${instrument.range.max})`, answer: [{ valueDecimal: response.score }] }],
  };
}
