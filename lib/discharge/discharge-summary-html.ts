import { CONDITION_LABELS } from "../conditions/conditions";
import { FLARE_UP_PLAN_PARTS } from "../flare-up-plans/flare-up-plan-input";
import type { TDischargeSummary, TMeasureChange } from "./get-discharge-summary";

/*
 * The discharge summary as one self-contained HTML document: the FHIR export's
 * DocumentReference carries it, for the patient's doctor. The printed page in
 * the portal shows the same facts (components/discharge/discharge-summary.tsx).
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const CHANGE_WORDS = { improved: "improved by an important amount", worsened: "worse by an important amount", "no-important-change": "no important change" } as const;

export function measureLine(measure: TMeasureChange): string {
  if (measure.baseline === null) return `${measure.label}: not recorded.`;
  if (measure.latest === null) return `${measure.label}: ${measure.baseline} at the start.`;
  return `${measure.label}: ${measure.baseline} at the start, ${measure.latest} at the end${measure.classification ? ` (${CHANGE_WORDS[measure.classification]})` : ""}.`;
}

/** The lines of "change from baseline on each measure", shared by the HTML, the FHIR narrative and the printed page. */
export function changeLines(summary: TDischargeSummary): string[] {
  const functionLines = summary.function.map((row) => {
    if (row.baseline && row.latest && row.change !== null) {
      return `${row.shortTitle}: ${row.baseline.score} at the start, ${row.latest.score} at the end (${row.change > 0 ? "+" : ""}${row.change}${row.classification ? `, ${CHANGE_WORDS[row.classification]}` : ""}).`;
    }
    if (row.latest && row.baseline === null) return `${row.shortTitle}: ${row.latest.score > 0 ? "+" : ""}${row.latest.score} at the end${row.classification ? ` (${CHANGE_WORDS[row.classification]})` : ""}.`;
    return `${row.shortTitle}: ${row.latest?.score ?? "—"} (one score only).`;
  });
  return [measureLine(summary.pain), measureLine(summary.peg), ...functionLines];
}

export function flareUpLines(summary: TDischargeSummary): { label: string; text: string }[] {
  return FLARE_UP_PLAN_PARTS.flatMap((part) => {
    const text = summary.flareUpPlan.parts[part.field];
    return text ? [{ label: part.label, text }] : [];
  });
}

export function dischargeSummaryHtml(summary: TDischargeSummary): string {
  const list = (lines: string[]) => `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`;
  const flare = flareUpLines(summary);
  return [
    "<!DOCTYPE html>",
    `<html lang="en"><head><meta charset="utf-8"><title>Discharge summary: ${escapeHtml(summary.patientName)}</title></head><body>`,
    `<h1>Discharge summary: ${escapeHtml(summary.patientName)}</h1>`,
    `<p>${escapeHtml(summary.clinicName)}. Born ${summary.dateOfBirth}. ${escapeHtml(CONDITION_LABELS[summary.condition])}, pain began ${summary.onsetDate}; discharged ${summary.dischargedOn}${summary.dischargedBy ? ` by ${escapeHtml(summary.dischargedBy)}` : ""}.</p>`,
    "<h2>Change from the start</h2>",
    list(changeLines(summary)),
    "<h2>Self-management plan</h2>",
    `<p>${escapeHtml(summary.selfManagementPlan)}</p>`,
    "<h2>Flare-up plan</h2>",
    flare.length ? `<dl>${flare.map((part) => `<dt>${escapeHtml(part.label)}</dt><dd>${escapeHtml(part.text)}</dd>`).join("")}</dl>` : "<p>No flare-up plan was written.</p>",
    "</body></html>",
  ].join("");
}

/** The summary as the API sends it (lib/discharge/discharge-endpoints.ts). */
export function dischargeSummaryToJson(summary: TDischargeSummary) {
  return {
    episodeId: summary.episodeId,
    patientName: summary.patientName,
    clinicName: summary.clinicName,
    onsetDate: summary.onsetDate,
    dischargedOn: summary.dischargedOn,
    dischargedBy: summary.dischargedBy,
    finalQuestionnaires: summary.finalQuestionnaires,
    selfManagementPlan: summary.selfManagementPlan,
    changes: changeLines(summary),
    pain: summary.pain,
    peg: summary.peg,
  };
}
