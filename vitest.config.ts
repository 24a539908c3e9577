import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // `server-only` throws outside React's server build; tests call lib/ directly.
      "server-only": path.join(import.meta.dirname, "lib/testing/server-only-in-tests.ts"),
    },
  },
  test: {
    include: ["{app,components,lib,prisma,tools}/**/*.test.{ts,tsx}"],
    globalSetup: ["lib/testing/database-global-setup.ts"],
    // Each file gets its own database (lib/testing/test-database.ts), so files run in parallel.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
