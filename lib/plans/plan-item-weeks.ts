/** Whether an item with this week range is part of the plan in `week` (plan weeks: lib/dates/calendar-days planWeekOn). */
export function isInPlanWeek(item: { fromWeek: number; toWeek: number | null }, week: number): boolean {
  return week >= item.fromWeek && (item.toWeek === null || week <= item.toWeek);
}
