import type { Composition, DocumentReference } from "@medplum/fhirtypes";
import { changeLines, dischargeSummaryHtml, escapeHtml, flareUpLines } from "../discharge/discharge-summary-html";
import type { TDischargeSummary } from "../discharge/get-discharge-summary";
import { SYSTEMS } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";

/** LOINC 18842-5 "Discharge summary": the document type of both resources. */
export const DISCHARGE_SUMMARY_TYPE = { coding: [{ system: SYSTEMS.loinc, code: "18842-5", display: "Discharge summary" }] };

function narrative(paragraphs: string[]) {
  return { status: "generated" as const, div: `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("")}</div>` };
}

/**
 * A discharge as a FHIR Composition (its sections as narrative) and a
 * DocumentReference holding the same summary as one HTML document, for the
 * patient's doctor.
 */
export function buildDischargeDocuments(links: TFhirLinks, summary: TDischargeSummary): [Composition, DocumentReference] {
  const id = `discharge-${summary.episodeId}`;
  const author = summary.dischargedBy ? { display: summary.dischargedBy } : { display: summary.clinicName };
  const flare = flareUpLines(summary).map((part) => `${part.label}: ${part.text}`);
  const composition: Composition = {
    resourceType: "Composition",
    id,
    status: "final",
    type: DISCHARGE_SUMMARY_TYPE,
    subject: referenceTo(links, "Patient", summary.patientId),
    date: summary.dischargedAt.toISOString(),
    author: [author],
    title: `Discharge summary: ${summary.patientName}`,
    section: [
      { title: "Change from the start", text: narrative(changeLines(summary)) },
      { title: "Self-management plan", text: narrative([summary.selfManagementPlan]) },
      { title: "Flare-up plan", text: narrative(flare.length ? flare : ["No flare-up plan was written."]) },
    ],
  };
  const document: DocumentReference = {
    resourceType: "DocumentReference",
    id,
    status: "current",
    docStatus: "final",
    type: DISCHARGE_SUMMARY_TYPE,
    subject: referenceTo(links, "Patient", summary.patientId),
    date: summary.dischargedAt.toISOString(),
    author: [author],
    description: `Discharge summary, ${summary.dischargedOn}`,
    content: [{ attachment: { contentType: "text/html", language: "en", title: composition.title, data: Buffer.from(dischargeSummaryHtml(summary), "utf8").toString("base64") } }],
    context: { related: [referenceTo(links, "Composition", id)] },
  };
  return [composition, document];
}
