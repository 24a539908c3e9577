import { requirePatientAccess } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";
import { ACCESS_EVENT_SELECT, actorNames, patientEventsWhere, toAccessLogEntries, type TAccessLogEntry } from "./list-patient-access";

/** Rows on one page of a patient's access history. */
export const ACCESS_PAGE_SIZE = 20;

/** "" filters nothing; NOBODY keeps the events no one signed in made (failed sign-ins). */
export const NOBODY = "nobody";

export interface TAccessHistoryPage {
  entries: TAccessLogEntry[];
  page: number;
  pageCount: number;
  total: number;
  /** Everyone who appears in the patient's history, for the "who" filter. */
  actors: { id: string; name: string }[];
}

/**
 * One page (20 rows, newest first) of listPatientAccess, optionally only one
 * person's events: the access section of the clinician's patient page. A page
 * past the end is an empty last page, not an error.
 */
export async function listPatientAccessPage(
  db: TDatabase,
  viewer: TViewer,
  patientId: string,
  options: { page?: number; actorId?: string } = {},
): Promise<TAccessHistoryPage> {
  const page = options.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > 100_000) throw new InvalidInputError({ page: ["The page must be a whole number from 1."] });
  await requirePatientAccess(db, viewer, patientId, "patient.access-log.view");
  const everything = patientEventsWhere(patientId);
  const who: Prisma.AuditEventWhereInput = !options.actorId ? {} : { actorId: options.actorId === NOBODY ? null : options.actorId };
  const where: Prisma.AuditEventWhereInput = { AND: [everything, who] };
  const [total, events, distinctActors] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * ACCESS_PAGE_SIZE, take: ACCESS_PAGE_SIZE, select: ACCESS_EVENT_SELECT }),
    db.auditEvent.findMany({ where: everything, distinct: ["actorId"], select: { actorId: true } }),
  ]);
  const ids = distinctActors.flatMap((row) => (row.actorId ? [row.actorId] : []));
  const names = await actorNames(db, patientId, ids);
  const actors = ids.map((id) => ({ id, name: names.get(id) ?? "A former staff member" })).sort((a, b) => a.name.localeCompare(b.name));
  if (distinctActors.some((row) => row.actorId === null)) actors.push({ id: NOBODY, name: "Someone (not signed in)" });
  return { entries: await toAccessLogEntries(db, viewer, patientId, events), page, pageCount: Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE)), total, actors };
}
