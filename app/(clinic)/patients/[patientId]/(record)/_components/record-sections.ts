/**
 * The sections of a patient's record, each its own linkable route under
 * /patients/[patientId]. Add a row when a new section lands (messages, for one);
 * the tabs and the e2e list read this table.
 */
export const RECORD_SECTIONS = [
  { segment: "", label: "Summary" },
  { segment: "trend", label: "Trend" },
  { segment: "check-ins", label: "Check-ins" },
  { segment: "exercise-plan", label: "Plan and adherence" },
  { segment: "function", label: "Function and discharge" },
  { segment: "guides", label: "Guides" },
  { segment: "messages", label: "Messages" },
  { segment: "notes", label: "Notes" },
  { segment: "alerts", label: "Alerts" },
  { segment: "profile", label: "Profile" },
  { segment: "access", label: "Access history" },
] as const;

export type TRecordSegment = (typeof RECORD_SECTIONS)[number]["segment"];

export function sectionHref(patientId: string, segment: TRecordSegment): string {
  return segment ? `/patients/${patientId}/${segment}` : `/patients/${patientId}`;
}
