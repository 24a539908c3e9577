import { describe, expect, it } from "vitest";
import { TryLaterError } from "../errors/domain-errors";
import { createHashQueue } from "./hash-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("the password hash queue", () => {
  it("runs at most `running` at once, queues `waiting` more and refuses the rest with a retry time", async () => {
    const queue = createHashQueue({ running: 2, waiting: 1 });
    const gates = [deferred(), deferred(), deferred()];
    let active = 0;
    let peak = 0;
    const jobs = gates.map((gate, index) =>
      queue.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await gate.promise;
        active--;
        return index;
      }),
    );
    await Promise.resolve();
    expect(queue.running).toBe(2);
    expect(queue.waiting).toBe(1);
    expect(queue.isFull()).toBe(true);
    const refused = await queue.run(async () => "never").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TryLaterError);
    expect((refused as TryLaterError).retryAfterSeconds).toBeGreaterThan(0);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(peak).toBe(2);
    expect(queue.running).toBe(0);
    expect(queue.waiting).toBe(0);
  });

  it("frees the slot when the work fails", async () => {
    const queue = createHashQueue({ running: 1, waiting: 0 });
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => "next")).toBe("next");
  });
});
