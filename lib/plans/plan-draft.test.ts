import { describe, expect, it } from "vitest";
import { draftErrors, draftItem, draftItemInput, hasDraftErrors, moveDraftItem } from "./plan-draft";
import { ZWritePlan } from "./plan-input";

const bridge = { exerciseSlug: "bridge", exerciseName: "Bridge", sets: 2, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 1, daysPerWeek: 5 };

describe("plan builder draft", () => {
  it("starts an item from an exercise's dose, as text the inputs can hold", () => {
    const item = draftItem(bridge);
    expect(item).toMatchObject({ exerciseSlug: "bridge", sets: "2", reps: "10", holdSeconds: "5", minutes: "", fromWeek: "1", toWeek: "", instructions: "" });
    expect(draftItem(bridge).key).not.toBe(item.key);
  });

  it("turns a draft into the API's input with the shared schema", () => {
    const parsed = ZWritePlan.parse({
      title: "Week one",
      startDate: "2026-11-25",
      requestId: "7f1c8a52-1c7e-4a53-9a55-2d1c0f0e6b11",
      items: [draftItemInput({ ...draftItem(bridge), toWeek: "2" })],
    });
    expect(parsed.items[0]).toMatchObject({ exerciseSlug: "bridge", sets: 2, reps: 10, holdSeconds: 5, minutes: null, fromWeek: 1, toWeek: 2 });
  });

  it("moves items up and down without falling off either end", () => {
    expect(moveDraftItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveDraftItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveDraftItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveDraftItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("sorts problems into the form's fields and each item's fields", () => {
    const result = ZWritePlan.safeParse({
      title: "",
      startDate: "2026-11-25",
      requestId: "7f1c8a52-1c7e-4a53-9a55-2d1c0f0e6b11",
      items: [draftItemInput(draftItem(bridge)), draftItemInput({ ...draftItem(bridge), sets: "0", reps: "", holdSeconds: "" })],
    });
    expect(result.success).toBe(false);
    const errors = draftErrors(result.error!.issues);
    expect(hasDraftErrors(errors)).toBe(true);
    expect(errors.form.title).toEqual(["Give the plan a title."]);
    expect(errors.items[0]).toBeUndefined();
    expect(errors.items[1]).toEqual({ sets: ["The number of sets must be at least 1."], reps: ["Give reps, a hold time or minutes."] });
  });
});
