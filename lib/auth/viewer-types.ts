import type { Role } from "../db/generated/enums";

/** Who is asking: the signed-in user of this request, with where the request came from (for the audit trail). */
export interface Viewer {
  userId: string;
  role: Role;
  clinicId: string;
  name: string;
  email: string;
  sessionId: string;
  ip: string;
  userAgent: string | null;
}

export const ROLE_HOME: Record<Role, string> = {
  PATIENT: "/dashboard",
  CLINICIAN: "/patients",
  ADMIN: "/staff",
};
