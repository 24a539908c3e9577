import type { Role } from "../db/generated/enums";

/** Who is asking: the signed-in user of this request, with where the request came from (for the audit trail). */
export interface TViewer {
  userId: string;
  role: Role;
  clinicId: string;
  name: string;
  email: string;
  sessionId: string;
  ip: string;
  userAgent: string | null;
  /**
   * Set by recordPatientPageVisit (lib/audit/record-page-visit.ts) on the
   * viewer a clinician's patient page reads with: that page has already
   * recorded one "viewed the record" event, so the reads it makes for the same
   * patient are not recorded again. Changes are always recorded.
   */
  visitRecordedFor?: string;
}

export const ROLE_HOME: Record<Role, string> = {
  PATIENT: "/dashboard",
  CLINICIAN: "/patients",
  ADMIN: "/staff",
};
