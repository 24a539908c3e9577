/*
 * How long a clinic keeps a patient's records after their last activity is
 * the clinic's decision under its own law; the setting defaults to 8 years,
 * the minimum for adult health records in England's "Records Management Code
 * of Practice 2021" (NHSX, 2021; retention schedule, "Adult health records
 * not covered by any other section: 8 years after conclusion of treatment"),
 * https://transform.england.nhs.uk/information-governance/guidance/records-management-code/
 * Clinics elsewhere must set their own period on the settings page.
 */
export const DEFAULT_RETENTION_YEARS = 8;

/** The first instant that is NOT past retention: activity before it is more than `years` years before `asOf`. */
export function retentionCutoff(asOf: Date, years: number): Date {
  const cutoff = new Date(asOf);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
