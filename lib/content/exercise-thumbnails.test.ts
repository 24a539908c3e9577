import { describe, expect, it } from "vitest";
import { exerciseThumbnails } from "./exercise-thumbnails";
import { getLibrary } from "./load-library";

describe("exerciseThumbnails", () => {
  it("gives the start drawing of each asked-for exercise, and nothing for unknown slugs", () => {
    const bridge = getLibrary().exercises.find((exercise) => exercise.slug === "bridge")!;
    const thumbnails = exerciseThumbnails(["bridge", "no-such-exercise"]);
    expect(Object.keys(thumbnails)).toEqual(["bridge"]);
    expect(thumbnails.bridge).toBe(bridge.illustrationSvg);
    expect(thumbnails.bridge).toMatch(/^<svg[\s>]/);
  });
});
