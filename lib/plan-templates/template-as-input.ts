import type { TWritePlanTemplate } from "../plans/plan-input";
import type { TPlanTemplateView } from "../plans/plan-views";

/** A stored template as the input that would make it again: what "duplicate" copies and the edit form starts from. */
export function templateAsInput(template: TPlanTemplateView): TWritePlanTemplate {
  return {
    name: template.name,
    description: template.description,
    instructions: template.instructions,
    items: template.items.map((item) => ({
      exerciseSlug: item.exerciseSlug,
      sets: item.sets,
      reps: item.reps,
      holdSeconds: item.holdSeconds,
      minutes: item.minutes,
      timesPerDay: item.timesPerDay,
      daysPerWeek: item.daysPerWeek,
      fromWeek: item.fromWeek,
      toWeek: item.toWeek,
      instructions: item.instructions,
    })),
  };
}
