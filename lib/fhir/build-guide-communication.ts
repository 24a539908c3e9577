import type { Communication, DocumentReference } from "@medplum/fhirtypes";
import { todayIn } from "../dates/calendar-date";
import { SYSTEMS } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";
import type { TExportGuideAssignment } from "./patient-export-data";

type TGuide = TExportGuideAssignment["guide"];

export function guidePageUrl(links: TFhirLinks, slug: string): string {
  return `${links.appOrigin}/library/guides/${slug}`;
}

/** A condition guide from the clinic's library, pointing at its page in the portal. */
export function buildGuideDocument(links: TFhirLinks, guide: TGuide): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id: guide.id,
    identifier: [{ system: `${links.appOrigin}/library/guides`, value: guide.slug }],
    // A retired guide was removed from the library; assignments keep pointing at it.
    status: guide.retiredAt ? "superseded" : "current",
    docStatus: "final",
    type: { text: "Patient education guide" },
    date: guide.updatedAt.toISOString(),
    description: guide.summary,
    content: [{ attachment: { contentType: "text/html", language: "en", url: guidePageUrl(links, guide.slug), title: guide.title } }],
  };
}

/**
 * A guide the clinic gave the patient: sent when assigned, received when the
 * patient first opened it, with the clinician's personal note. A guide taken
 * back stays in the record (it was given), with a note saying when.
 */
export function buildGuideCommunication(links: TFhirLinks, patientId: string, timeZone: string, assignment: TExportGuideAssignment): Communication {
  const notes = assignment.unassignedAt ? [{ text: `The clinic took this guide back on ${todayIn(timeZone, assignment.unassignedAt)}.` }] : [];
  return {
    resourceType: "Communication",
    id: assignment.id,
    status: "completed",
    category: [{ coding: [{ system: SYSTEMS.communicationCategory, code: "instruction", display: "Instruction" }] }],
    subject: referenceTo(links, "Patient", patientId),
    topic: { text: assignment.guide.title },
    sent: assignment.assignedAt.toISOString(),
    ...(assignment.firstOpenedAt ? { received: assignment.firstOpenedAt.toISOString() } : {}),
    recipient: [referenceTo(links, "Patient", patientId)],
    sender: { display: assignment.assignedBy.name },
    payload: [
      { contentReference: referenceTo(links, "DocumentReference", assignment.guide.id, assignment.guide.title) },
      ...(assignment.note ? [{ contentString: assignment.note }] : []),
    ],
    ...(notes.length ? { note: notes } : {}),
  };
}
