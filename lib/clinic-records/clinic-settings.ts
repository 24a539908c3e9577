import "server-only";
import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { recordAudit } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { parseDomainInput } from "../errors/parse-input";
import { ZClinicSettingsInput, type TClinicSettingsInput } from "./clinic-settings-input";

export type TClinicSettings = Omit<TClinicSettingsInput, "acuteWeeks"> & { acuteWeeks: number; updatedAt: string };

const SETTINGS_SELECT = {
  name: true,
  timeZone: true,
  acuteWeeks: true,
  emergencyNumber: true,
  phone: true,
  openingHours: true,
  replyTimeText: true,
  outOfHoursText: true,
  retentionYears: true,
  updatedAt: true,
} as const;

const SETTING_KEYS = Object.keys(ZClinicSettingsInput.shape) as (keyof TClinicSettingsInput)[];

/** The admin's own clinic's settings (clinic data, not patient data: not audited as a read). */
export async function getClinicSettings(db: TDatabase, viewer: TViewer): Promise<TClinicSettings> {
  requireRole(viewer, "ADMIN");
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: SETTINGS_SELECT });
  return { ...clinic, updatedAt: clinic.updatedAt.toISOString() };
}

/**
 * Saves every setting at once and records which ones changed, with their new
 * values, in the audit trail (settings hold no patient data). The red-flag
 * screens, the trend's phase and emails read the clinic row on every request,
 * so a change shows at once with nothing cached to clear.
 */
export async function updateClinicSettings(db: TDatabase, viewer: TViewer, input: unknown): Promise<TClinicSettings> {
  requireRole(viewer, "ADMIN");
  const settings = parseDomainInput(ZClinicSettingsInput, input);
  return db.$transaction(async (tx) => {
    const before = await tx.clinic.findUniqueOrThrow({ where: { id: viewer.clinicId }, select: SETTINGS_SELECT });
    const changed = SETTING_KEYS.filter((key) => before[key] !== settings[key]);
    const after = await tx.clinic.update({ where: { id: viewer.clinicId }, data: settings, select: SETTINGS_SELECT });
    if (changed.length > 0) {
      await recordAudit(tx, viewer, { action: "clinic.settings.update", detail: { changed: Object.fromEntries(changed.map((key) => [key, settings[key]])) } });
    }
    return { ...after, updatedAt: after.updatedAt.toISOString() };
  });
}
