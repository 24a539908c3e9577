import type { CarePlan, ServiceRequest, Timing } from "@medplum/fhirtypes";
import { addDays, fromDbDate, todayIn, type TCalendarDate } from "../dates/calendar-date";
import { formatPlanDose, formatPlanWeeks } from "../plans/format-plan-item";
import { EXERCISE_THERAPY } from "./codes";
import { referenceTo, type TFhirLinks } from "./fhir-links";
import type { TExportPlan, TExportPlanItem, TExportPlanVersion } from "./patient-export-data";

/**
 * An exercise plan as a CarePlan (active until it ends, then completed) whose
 * activities are the exercises of its latest version, each a ServiceRequest
 * for SNOMED 229065009 "Exercise therapy". Items of earlier versions are
 * exported too, as revoked ServiceRequests of the same plan, so that every
 * exercise the patient marked done or skipped points at what was prescribed
 * that day.
 */
export function buildCarePlan(links: TFhirLinks, patientId: string, timeZone: string, plan: TExportPlan): { carePlan: CarePlan; serviceRequests: ServiceRequest[] } {
  const start = fromDbDate(plan.startDate);
  const ended = plan.endedAt ? laterOf(start, todayIn(timeZone, plan.endedAt)) : null;
  const latest = plan.versions.at(-1);
  const context: PlanContext = { links, patientId, plan, start, ended };
  const serviceRequests = plan.versions.flatMap((version) => version.items.map((item) => buildExerciseRequest(context, version, item, version === latest)));
  const carePlan: CarePlan = {
    resourceType: "CarePlan",
    id: plan.id,
    status: plan.endedAt ? "completed" : "active",
    intent: "plan",
    title: plan.title,
    ...(latest?.instructions ? { description: latest.instructions } : {}),
    subject: referenceTo(links, "Patient", patientId),
    period: { start, ...(ended ? { end: ended } : {}) },
    created: plan.createdAt.toISOString(),
    author: { display: plan.createdBy.name },
    ...(plan.episodeId ? { addresses: [referenceTo(links, "Condition", plan.episodeId)] } : {}),
    activity: (latest?.items ?? []).map((item) => ({ reference: referenceTo(links, "ServiceRequest", item.id, item.exercise.name) })),
  };
  return { carePlan, serviceRequests };
}

type PlanContext = { links: TFhirLinks; patientId: string; plan: TExportPlan; start: TCalendarDate; ended: TCalendarDate | null };

function buildExerciseRequest(context: PlanContext, version: TExportPlanVersion, item: TExportPlanItem, isLatest: boolean): ServiceRequest {
  const { links, patientId, plan } = context;
  const dose = doseInWords(item);
  return {
    resourceType: "ServiceRequest",
    id: item.id,
    status: !isLatest ? "revoked" : plan.endedAt ? "completed" : "active",
    intent: "order",
    code: { coding: [EXERCISE_THERAPY], text: item.exercise.name },
    orderDetail: doseDetails(item).map((text) => ({ text })),
    subject: referenceTo(links, "Patient", patientId),
    basedOn: [referenceTo(links, "CarePlan", plan.id, plan.title)],
    occurrenceTiming: itemTiming(context, item, dose),
    authoredOn: version.createdAt.toISOString(),
    requester: { display: version.createdBy.name },
    ...(plan.episodeId ? { reasonReference: [referenceTo(links, "Condition", plan.episodeId)] } : {}),
    patientInstruction: [dose, item.instructions].filter(Boolean).join(". "),
    note: [{ text: `Version ${version.number} of the plan, from ${fromDbDate(version.effectiveFrom)}${isLatest ? "" : "; replaced by a later version"}.` }],
  };
}

/** The dose in the app's own words, e.g. "2 sets of 10, hold each 5 seconds · twice a day · 5 days a week · Weeks 1–2". */
function doseInWords(item: TExportPlanItem): string {
  const weeks = formatPlanWeeks(item.fromWeek, item.toWeek);
  return [formatPlanDose({ ...item, eachSide: item.exercise.eachSide }), weeks].filter(Boolean).join(" · ");
}

/** Each part of the dose on its own, for systems that list order details. */
function doseDetails(item: TExportPlanItem): string[] {
  return [
    `Sets: ${item.sets}`,
    item.reps !== null ? `Repetitions per set: ${item.reps}` : null,
    item.holdSeconds !== null ? `Hold: ${item.holdSeconds} seconds` : null,
    item.minutes !== null ? `Minutes: ${item.minutes}` : null,
    `Times a day: ${item.timesPerDay}`,
    `Days a week: ${item.daysPerWeek}`,
    `When: ${formatPlanWeeks(item.fromWeek, item.toWeek) ?? "The whole plan"}`,
  ].filter((part): part is string => part !== null);
}

/**
 * When the exercise is done. Plans say how many days a week, not which days,
 * so the structured count is per day for daily exercises and per week
 * otherwise (twice a day on 5 days = 10 times a week); `code.text` keeps the
 * whole dose in words. Bounds are the plan weeks the item belongs to.
 */
function itemTiming(context: PlanContext, item: TExportPlanItem, dose: string): Timing {
  const from = addDays(context.start, (item.fromWeek - 1) * 7);
  const to = item.toWeek !== null ? addDays(context.start, item.toWeek * 7 - 1) : context.ended;
  const daily = item.daysPerWeek === 7;
  return {
    repeat: {
      boundsPeriod: { start: from, ...(to && to >= from ? { end: to } : {}) },
      ...(item.minutes !== null ? { duration: item.minutes, durationUnit: "min" as const } : {}),
      frequency: daily ? item.timesPerDay : item.timesPerDay * item.daysPerWeek,
      period: 1,
      periodUnit: daily ? "d" : "wk",
    },
    code: { text: dose },
  };
}

function laterOf(a: TCalendarDate, b: TCalendarDate): TCalendarDate {
  return a > b ? a : b;
}
