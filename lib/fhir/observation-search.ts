import "server-only";
import type { Bundle } from "@medplum/fhirtypes";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toDbDate } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { buildPainObservation } from "./build-pain-observation";
import type { TFhirLinks } from "./fhir-links";
import type { TDateCriterion, TObservationSearch } from "./observation-search-params";
import { searchsetBundle } from "./searchset-bundle";

/**
 * The patient's pain-score Observations that match the search, oldest first,
 * for the patient themself and the clinicians of their clinic. A clinician's
 * search is audited ("patient.fhir.search"); anyone else is told "not found".
 */
export async function searchPainObservations(
  db: TDatabase,
  viewer: TViewer,
  search: TObservationSearch,
  links: TFhirLinks,
  options: { self: string; now?: Date },
): Promise<Bundle> {
  requireRole(viewer, "CLINICIAN", "PATIENT");
  await requirePatientAccess(db, viewer, search.patientId, "patient.fhir.search");
  const rows = search.codeMatches
    ? await db.checkIn.findMany({
        where: { patientId: search.patientId, AND: search.dates.map((alternatives) => ({ OR: alternatives.map(dateWhere) })) },
        orderBy: { date: "asc" },
        select: { id: true, date: true, painNow: true, updatedAt: true },
      })
    : [];
  return searchsetBundle(links, {
    self: options.self,
    matches: rows.map((row) => buildPainObservation(links, search.patientId, row)),
    now: options.now ?? new Date(),
  });
}

/**
 * FHIR date search on a value that is one calendar day, against a search
 * value that covers the days start..end: eq and ne test containment, the
 * others compare with the near edge of the range (ge2026-03 includes all of
 * March, gt2026-03 starts in April).
 */
function dateWhere({ prefix, start, end }: TDateCriterion): Prisma.CheckInWhereInput {
  const [from, to] = [toDbDate(start), toDbDate(end)];
  switch (prefix) {
    case "eq":
      return { date: { gte: from, lte: to } };
    case "ne":
      return { OR: [{ date: { lt: from } }, { date: { gt: to } }] };
    case "gt":
      return { date: { gt: to } };
    case "ge":
      return { date: { gte: from } };
    case "lt":
      return { date: { lt: from } };
    case "le":
      return { date: { lte: to } };
  }
}
