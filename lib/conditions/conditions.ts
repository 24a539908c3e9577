import { Condition } from "../db/generated/enums";

/** Plain-language names of the primary conditions an episode can have. */
export const CONDITION_LABELS = {
  LOW_BACK_PAIN: "Low back pain",
  MUSCLE_STRAIN: "Back muscle strain or sprain",
  HERNIATED_DISC: "Bulging or herniated disc",
  SCIATICA: "Sciatica",
  PINCHED_NERVE: "Pinched nerve",
  SPINAL_OSTEOARTHRITIS: "Osteoarthritis of the spine",
  SPINAL_STENOSIS: "Spinal stenosis",
  POSTERIOR_LEG_PAIN_AFTER_RUNNING: "Pain in the back of the leg after running",
  PERSISTENT_LOW_BACK_PAIN: "Back pain that lasts (persistent low back pain)",
  CAUDA_EQUINA_SYNDROME: "Cauda equina syndrome",
  SPONDYLOLISTHESIS: "Spondylolisthesis (a slipped vertebra)",
  SACROILIAC_PELVIC_GIRDLE_PAIN: "Sacroiliac joint or pelvic girdle pain",
  OSTEOPOROTIC_VERTEBRAL_FRACTURE: "Spine fracture from thin bones (osteoporotic vertebral fracture)",
  AFTER_BACK_SURGERY: "After back surgery (discectomy or decompression)",
  RUNNER_TENDINOPATHY: "Achilles or hamstring tendon pain in runners (tendinopathy)",
} as const satisfies Record<Condition, string>;

export const CONDITIONS = Object.values(Condition).map((code) => ({ code, label: CONDITION_LABELS[code] }));
