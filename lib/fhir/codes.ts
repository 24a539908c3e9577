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
 *   - PERSISTENT_LOW_BACK_PAIN: SNOMED has "chronic low back pain"; WHO ICD-10
 *     has no chronic variant of M54.5, so the duration lives in the SNOMED code
 *     and the episode's onset date.
 *   - SACROILIAC_PELVIC_GIRDLE_PAIN: pelvic girdle pain is "a specific form of
 *     low back pain" (Vleeming et al., "European guidelines for the diagnosis
 *     and treatment of pelvic girdle pain", European Spine Journal 2008,
 *     https://doi.org/10.1007/s00586-008-0602-4). No SNOMED or WHO ICD-10 code
 *     for it could be confirmed here, so the broader low back pain codes are
 *     used; "pain in pelvis" (R10.2) was not chosen because ICD-10 files it with
 *     abdominal (organ) pain. O26.7 covers only the pubic symphysis in pregnancy.
 *   - OSTEOPOROTIC_VERTEBRAL_FRACTURE: "pathological fracture due to
 *     osteoporosis" is not specific to the spine; M80 covers osteoporotic
 *     vertebral collapse and wedging, and M80.9 leaves the cause of the
 *     osteoporosis open (M80.0 would say postmenopausal).
 *   - AFTER_BACK_SURGERY is a state of care, not a disease: "postoperative
 *     state" and surgical follow-up care. The operation itself (discectomy,
 *     decompression) belongs in a Procedure, which the app does not record.
 *   - RUNNER_TENDINOPATHY covers the Achilles and the hamstring tendons:
 *     "disorder of tendon" and M76.9 (enthesopathies of the lower limb, the
 *     category of Achilles tendinitis M76.6). SNOMED 11654001 "Achilles
 *     tendinitis" would fit the Achilles alone.
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
  PERSISTENT_LOW_BACK_PAIN: {
    snomed: { system: SYSTEMS.snomed, code: "278860009", display: "Chronic low back pain" },
    icd10: { system: SYSTEMS.icd10, code: "M54.5", display: "Low back pain" },
  },
  CAUDA_EQUINA_SYNDROME: {
    snomed: { system: SYSTEMS.snomed, code: "192970008", display: "Cauda equina syndrome" },
    icd10: { system: SYSTEMS.icd10, code: "G83.4", display: "Cauda equina syndrome" },
  },
  SPONDYLOLISTHESIS: {
    snomed: { system: SYSTEMS.snomed, code: "274152003", display: "Spondylolisthesis" },
    icd10: { system: SYSTEMS.icd10, code: "M43.1", display: "Spondylolisthesis" },
  },
  SACROILIAC_PELVIC_GIRDLE_PAIN: {
    snomed: { system: SYSTEMS.snomed, code: "279039007", display: "Low back pain" },
    icd10: { system: SYSTEMS.icd10, code: "M54.5", display: "Low back pain" },
  },
  OSTEOPOROTIC_VERTEBRAL_FRACTURE: {
    snomed: { system: SYSTEMS.snomed, code: "443165006", display: "Pathological fracture due to osteoporosis" },
    icd10: { system: SYSTEMS.icd10, code: "M80.9", display: "Unspecified osteoporosis with pathological fracture" },
  },
  AFTER_BACK_SURGERY: {
    snomed: { system: SYSTEMS.snomed, code: "19585003", display: "Postoperative state" },
    icd10: { system: SYSTEMS.icd10, code: "Z48.8", display: "Other specified surgical follow-up care" },
  },
  RUNNER_TENDINOPATHY: {
    snomed: { system: SYSTEMS.snomed, code: "68172002", display: "Disorder of tendon" },
    icd10: { system: SYSTEMS.icd10, code: "M76.9", display: "Enthesopathy of lower limb, unspecified" },
  },
} as const satisfies Record<Condition, ConditionCodes>;

/** The condition as a Condition.code: both codings, and the app's own words as the text. */
export function conditionConcept(condition: Condition): CodeableConcept {
  const codes = CONDITION_CODES[condition];
  return { coding: [codes.snomed, codes.icd10], text: CONDITION_LABELS[condition] };
}
