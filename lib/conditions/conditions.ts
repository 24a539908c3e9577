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
  PERSISTENT_LOW_BACK_PAIN: "Persistent low back pain",
  CAUDA_EQUINA_SYNDROME: "Cauda equina syndrome",
  SPONDYLOLISTHESIS: "Spondylolisthesis",
  SACROILIAC_PELVIC_GIRDLE_PAIN: "Sacroiliac or pelvic girdle pain",
  OSTEOPOROTIC_VERTEBRAL_FRACTURE: "Spine fracture from thin bones",
  AFTER_BACK_SURGERY: "Recovery after back surgery",
  RUNNER_TENDINOPATHY: "Tendon pain from running (Achilles or hamstring)",
} as const satisfies Record<Condition, string>;

export const CONDITIONS = Object.values(Condition).map((code) => ({ code, label: CONDITION_LABELS[code] }));
