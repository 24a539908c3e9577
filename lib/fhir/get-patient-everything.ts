import "server-only";
import type { Bundle } from "@medplum/fhirtypes";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import { NotFoundError } from "../errors/domain-errors";
import { readDischargeSummaries } from "../discharge/get-discharge-summary";
import { buildEverythingBundle } from "./everything-bundle";
import type { TFhirLinks } from "./fhir-links";
import { patientExportSelect } from "./patient-export-data";

/**
 * The patient's whole record as a FHIR Bundle (Patient/$everything), for the
 * patient themself and the clinicians of their clinic. A clinician's export
 * is audited ("patient.fhir.export"); anyone else is told "not found".
 */
export async function getPatientEverything(db: TDatabase, viewer: TViewer, patientId: string, links: TFhirLinks, now: Date = new Date()): Promise<Bundle> {
  requireRole(viewer, "CLINICIAN", "PATIENT");
  await requirePatientAccess(db, viewer, patientId, "patient.fhir.export");
  const patient = await db.patientProfile.findUnique({ where: { userId: patientId }, select: patientExportSelect });
  if (!patient) throw new NotFoundError();
  return buildEverythingBundle(links, patient, now, await readDischargeSummaries(db, patientId));
}
