import { parseDomainInput } from "../errors/parse-input";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors/domain-errors";
import { ZPlanItemInput, ZRevisePlan, ZWritePlan, ZWritePlanTemplate } from "./plan-input";

const item = { exerciseSlug: "bridge", sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 5 };
const plan = { title: "Back on track", startDate: "2026-11-24", items: [item], requestId: "8a6e0c1e-4a57-4c59-9a39-2d1f0f3f8b11" };

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
}

describe("plan input", () => {
  it("reads form values: empty optional numbers are not part of the dose, numbers from strings, week 1 by default", () => {
    expect(ZPlanItemInput.parse({ ...item, sets: "3", reps: "", holdSeconds: "", minutes: "20", fromWeek: "", toWeek: "", instructions: "  " })).toEqual({
      exerciseSlug: "bridge",
      sets: 3,
      reps: null,
      holdSeconds: null,
      minutes: 20,
      timesPerDay: 1,
      daysPerWeek: 5,
      fromWeek: 1,
      toWeek: null,
      instructions: null,
    });
    expect(ZPlanItemInput.parse({ ...item, reps: null, holdSeconds: 30 })).toMatchObject({ reps: null, holdSeconds: 30, fromWeek: 1, toWeek: null });
  });

  it("needs reps, a hold time or minutes", () => {
    expect(messages(ZPlanItemInput.safeParse({ ...item, reps: "", holdSeconds: null }))).toEqual([["reps", "Give reps, a hold time or minutes."]]);
  });

  it("refuses a last week before the first, and accepts a one-week range", () => {
    expect(messages(ZPlanItemInput.safeParse({ ...item, fromWeek: 3, toWeek: 2 }))).toEqual([["toWeek", "The last week cannot come before the first week."]]);
    expect(ZPlanItemInput.parse({ ...item, fromWeek: 3, toWeek: 3 })).toMatchObject({ fromWeek: 3, toWeek: 3 });
  });

  it("names the dose field that is out of range or not a whole number", () => {
    expect(messages(ZPlanItemInput.safeParse({ ...item, sets: 0 }))).toEqual([["sets", "The number of sets must be at least 1."]]);
    expect(messages(ZPlanItemInput.safeParse({ ...item, daysPerWeek: 8 }))).toEqual([["daysPerWeek", "The days per week can be at most 7."]]);
    expect(messages(ZPlanItemInput.safeParse({ ...item, reps: 2.5 }))).toEqual([["reps", "The number of reps must be a whole number."]]);
    expect(messages(ZPlanItemInput.safeParse({ ...item, timesPerDay: "twice" }))).toEqual([["timesPerDay", "Enter the times per day as a number."]]);
  });

  it("wants one to thirty exercises", () => {
    expect(messages(ZWritePlan.safeParse({ ...plan, items: [] }))).toEqual([["items", "Add at least one exercise."]]);
    expect(messages(ZWritePlan.safeParse({ ...plan, items: Array(31).fill(item) }))).toEqual([["items", "A plan can have at most 30 exercises."]]);
  });

  it("wants a real start date and a UUID request key", () => {
    expect(messages(ZWritePlan.safeParse({ ...plan, startDate: "2026-02-30" }))).toEqual([["startDate", "The start date is not a real date."]]);
    expect(messages(ZWritePlan.safeParse({ ...plan, startDate: "24/11/2026" }))).toEqual([["startDate", "Enter the start date as a date (YYYY-MM-DD)."]]);
    expect(messages(ZWritePlan.safeParse({ ...plan, requestId: "again" }))).toEqual([["requestId", "The request key must be a UUID."]]);
    expect(ZWritePlan.parse({ ...plan, startDate: "2028-02-29", saveAsTemplate: "" })).toMatchObject({ startDate: "2028-02-29", saveAsTemplate: null, instructions: null });
  });

  it("takes an optional date a revision applies from", () => {
    const revision = { title: "Back on track", items: [item], requestId: plan.requestId };
    expect(ZRevisePlan.parse({ ...revision, effectiveFrom: "" }).effectiveFrom).toBeUndefined();
    expect(ZRevisePlan.parse({ ...revision, effectiveFrom: null }).effectiveFrom).toBeUndefined();
    expect(ZRevisePlan.parse({ ...revision, effectiveFrom: "2026-12-01" }).effectiveFrom).toBe("2026-12-01");
    expect(messages(ZRevisePlan.safeParse({ ...revision, effectiveFrom: "2026-13-01" }))).toEqual([["effectiveFrom", "The date the change applies from is not a real date."]]);
  });

  it("wants a template name; trims text", () => {
    expect(messages(ZWritePlanTemplate.safeParse({ name: "  ", items: [item] }))).toEqual([["name", "Give the template a name."]]);
    expect(ZWritePlanTemplate.parse({ name: " Desk reset ", description: "", items: [item] })).toMatchObject({ name: "Desk reset", description: null, instructions: null });
  });

  it("parseDomainInput refuses like the API does, naming the top-level field", () => {
    const refusal = (() => {
      try {
        parseDomainInput(ZWritePlan, { ...plan, items: [{ ...item, sets: 0 }], title: "" });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).fields).toEqual({ title: ["Give the plan a title."], items: ["The number of sets must be at least 1."] });
  });
});
