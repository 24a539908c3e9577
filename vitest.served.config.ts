import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/*
 * Tests that serve the production build (`npm test` runs them after the build
 * step, tools/launcher/test-cli.ts): two instances behind nginx, their logs.
 * The same per-file databases as the unit tests. (mergeConfig would append to
 * `include`, running every unit test again.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tools/**/*.served-test.ts"],
    testTimeout: 180_000,
    hookTimeout: 360_000,
  },
});
