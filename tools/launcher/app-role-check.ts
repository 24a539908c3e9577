import { checkAppRole, type TAppRoleCheck } from "../db/app-role";
import { StartupError } from "./startup-error";

/**
 * Start-up refuses an app role that could rewrite the audit trail. The app
 * connecting as the tables' owner (DATABASE_OWNER_URL unset on a developer's
 * own database) is only a warning in demo mode; a live clinic must separate them.
 */
export async function assertAuditTrailProtected(appUrl: string, mode: "demo" | "live"): Promise<void> {
  judgeAppRole(await checkAppRole(appUrl), mode);
}

export function judgeAppRole(check: TAppRoleCheck, mode: "demo" | "live"): void {
  if (check.ok) return;
  const fix = 'Connect the app as a role of its own (see "Audit trail and database roles" in README.md).';
  if (check.kind === "can-rewrite-audit") {
    throw new StartupError(`The database role "${check.role}" in DATABASE_URL may ${check.privileges.join(", ")} the audit trail ("AuditEvent").`, fix);
  }
  const message = `The database role "${check.role}" in DATABASE_URL owns the tables (or is a superuser), so it could rewrite the audit trail.`;
  if (mode === "live") throw new StartupError(message, `${fix} Set DATABASE_OWNER_URL for migrations.`);
  console.warn(`backtrack: warning: ${message} ${fix}`);
}
