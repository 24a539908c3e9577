import type { CodeableConcept, Coding } from "@medplum/fhirtypes";
import { CONDITION_LABELS } from "../conditions/conditions";
import type { Condition } from "../db/generated/enums";
import { PEG_ITEMS } from "../checkins/peg-items";

/*
 * The code systems and codes BackTrack's FHIR export uses. One table per
 * kind of fact, so a reviewer checks them in one place.
 */

export const SYSTEMS = {
  snomed: "http://snomed.info/sct",
  loinc: "http://loinc.org",
  /** WHO ICD-10 (not the US ICD-10-CM, which is http://hl7.org/fhir/sid/icd-10-cm). */
  icd10: "http://hl7.org/fhir/sid/icd-10",
  bcp47: "urn:ietf:bcp:47",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  communicationCategory: "http://terminology.hl7.org/CodeSystem/communication-category",
} as const;

/** Pain now, 0-10 (DESIGN.md: "pain now as Observation LOINC 72514-3"). */
export const PAIN_SEVERITY: Coding = {
  system: SYSTEMS.loinc,
  code: "72514-3",
  display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};

/** Every prescribed home exercise (DESIGN.md: ServiceRequest with SNOMED 229065009). */
export const EXERCISE_THERAPY: Coding = { system: SYSTEMS.snomed, code: "229065009", display: "Exercise therapy" };

/**
 * LOINC's PEG panel and the two items LOINC codes (its own form leaves the
 * average-pain item uncoded). The item displays are the questions the
 * check-in form asks (lib/checkins/peg-items.ts), word for word as Krebs et
 * al. 2009 wrote them, so an export never names a question other than the one
 * answered.
 */
export const PEG_LOINC = {
  panel: { system: SYSTEMS.loinc, code: "91148-7", display: "Pain intensity, Enjoyment of life, General activity (PEG) 3 item pain scale" },
  enjoyment: { system: SYSTEMS.loinc, code: "91145-3", display: PEG_ITEMS[1].question },
  activity: { system: SYSTEMS.loinc, code: "91146-1", display: PEG_ITEMS[2].question },
} as const satisfies Record<string, Coding>;

type ConditionCodes = { snomed: Coding; icd10: Coding };

/**
 * Each primary condition as SNOMED CT and WHO ICD-10. Where the app's
 * condition is broader than a code, the well-known parent is used:
 *   - ICD-10 codes stop at four characters (no optional site digit), so the
 *     lumbar-specific SNOMED codes pair with the region-free ICD-10 category;
 *     ICD-10-CM would be more specific (M54.50, M48.06x, M51.26, M54.16).
 *   - MUSCLE_STRAIN covers strain (muscle) and sprain (ligament): S33.5 names
 *     both; S39.0 would be the muscle-only alternative.
 *   - POSTERIOR_LEG_PAIN_AFTER_RUNNING is a presentation, not a diagnosis (often
 *     a hamstring strain, sometimes referred from a nerve root): "pain in lower
 *     limb" until the clinician records the cause.
 */
export const CONDITION_CODES = {
  LOW_BACK_PAIN: {
    snomed: { system: SYSTEMS.snomed, code: "279039007", display: "Low back pain" },
    icd10: { system: SYSTEMS.icd10, code: "M54.5", display: "Low back pain" },
  },
  MUSCLE_STRAIN: {
    snomed: { system: SYSTEMS.snomed, code: "309710005", display: "Lumbosacral strain" },
    icd10: { system: SYSTEMS.icd10, code: "S33.5", display: "Sprain and strain of lumbar spine" },
  },
  HERNIATED_DISC: {
    snomed: { system: SYSTEMS.snomed, code: "202708005", display: "Prolapsed lumbar intervertebral disc" },
    icd10: { system: SYSTEMS.icd10, code: "M51.2", display: "Other specified intervertebral disc displacement" },
  },
  SCIATICA: {
    snomed: { system: SYSTEMS.snomed, code: "23056005", display: "Sciatica" },
    icd10: { system: SYSTEMS.icd10, code: "M54.3", display: "Sciatica" },
  },
  PINCHED_NERVE: {
    snomed: { system: SYSTEMS.snomed, code: "128196005", display: "Lumbar radiculopathy" },
    icd10: { system: SYSTEMS.icd10, code: "M54.1", display: "Radiculopathy" },
  },
  SPINAL_OSTEOARTHRITIS: {
    snomed: { system: SYSTEMS.snomed, code: "8847002", display: "Spondylosis" },
    icd10: { system: SYSTEMS.icd10, code: "M47.9", display: "Spondylosis, unspecified" },
  },
  SPINAL_STENOSIS: {
    snomed: { system: SYSTEMS.snomed, code: "18347007", display: "Spinal stenosis of lumbar region" },
    icd10: { system: SYSTEMS.icd10, code: "M48.0", display: "Spinal stenosis" },
  },
  POSTERIOR_LEG_PAIN_AFTER_RUNNING: {
    snomed: { system: SYSTEMS.snomed, code: "10601006", display: "Pain in lower limb" },
    icd10: { system: SYSTEMS.icd10, code: "M79.6", display: "Pain in limb" },
  },
} as const satisfies Record<Condition, ConditionCodes>;

/** The condition as a Condition.code: both codings, and the app's own words as the text. */
export function conditionConcept(condition: Condition): CodeableConcept {
  const codes = CONDITION_CODES[condition];
  return { coding: [codes.snomed, codes.icd10], text: CONDITION_LABELS[condition] };
}
