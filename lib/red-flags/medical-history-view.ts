import { inHistoryOrder, type TMedicalHistoryCode } from "./medical-history";

export type TMedicalHistoryView = {
  /** Codes from lib/red-flags/medical-history.ts; empty with answeredAt set means "none of these". */
  medicalHistory: TMedicalHistoryCode[];
  /** When it was last answered (ISO), or null when never asked yet. */
  answeredAt: string | null;
};

export const medicalHistorySelect = { medicalHistory: true, historyAnsweredAt: true } as const;

export function toMedicalHistoryView(row: { medicalHistory: string[]; historyAnsweredAt: Date | null }): TMedicalHistoryView {
  return { medicalHistory: inHistoryOrder(row.medicalHistory), answeredAt: row.historyAnsweredAt?.toISOString() ?? null };
}
