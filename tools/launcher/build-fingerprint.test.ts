import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./build-fingerprint";

describe("build fingerprint", () => {
  const root = mkdtempSync(path.join(tmpdir(), "backtrack-build-"));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("marks a build stale when a source file changes, and current when it matches", () => {
    mkdirSync(path.join(root, "app"), { recursive: true });
    mkdirSync(path.join(root, ".next"), { recursive: true });
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 1");
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    expect(isBuildCurrent(root)).toBe(false);

    recordBuild(sourceFingerprint(root), root);
    expect(isBuildCurrent(root)).toBe(true);

    writeFileSync(path.join(root, "app", "page.tsx"), "export default 2");
    expect(isBuildCurrent(root)).toBe(false);
  });

  it("counts proxy.ts, which the build compiles (the pages' Content-Security-Policy)", () => {
    mkdirSync(root, { recursive: true });
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "proxy.ts"), "export function proxy() {}");
    expect(sourceFingerprint(root)).not.toBe(before);
  });

  it("ignores tests, which the build does not read", () => {
    mkdirSync(path.join(root, "lib"), { recursive: true });
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "lib", "thing.test.ts"), "test");
    expect(sourceFingerprint(root)).toBe(before);
  });
});
