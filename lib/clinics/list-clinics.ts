import type { TDatabase } from "../db/client";

export interface TClinicSummary {
  name: string;
  slug: string;
  timeZone: string;
  acuteWeeks: number;
  isDemo: boolean;
  staff: number;
  patients: number;
}

/** Every clinic on this server with its head counts, for the operator (no names, no health data). */
export async function listClinics(db: TDatabase): Promise<TClinicSummary[]> {
  const [clinics, counts] = await Promise.all([
    db.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, timeZone: true, acuteWeeks: true, isDemo: true } }),
    db.user.groupBy({ by: ["clinicId", "role"], _count: { _all: true } }),
  ]);
  const count = (clinicId: string, roles: string[]) =>
    counts.filter((row) => row.clinicId === clinicId && roles.includes(row.role)).reduce((sum, row) => sum + row._count._all, 0);
  return clinics.map(({ id, ...clinic }) => ({ ...clinic, staff: count(id, ["ADMIN", "CLINICIAN"]), patients: count(id, ["PATIENT"]) }));
}
