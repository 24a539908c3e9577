import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, MISSING_BROWSER_FIX, resolveChromium } from "./e2e/support/browser";

const browser = resolveChromium();
if (!browser) {
  console.error(`backtrack: ${MISSING_BROWSER_FIX}`);
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The mailbox the app sends to (SMTP) and the tests read (HTTP): e2e/support/mailbox.ts derives the same ports.
const smtpPort = port + 10_000;
const mailboxPort = port + 11_000;
const launchOptions = { ...browser, args: CHROMIUM_ARGS };

/*
 * The browser tests drive the production build (`npm test` builds it first)
 * on a fresh embedded database of their own, seeded with the demo clinics,
 * or on DATABASE_URL when that is set.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: [
    {
      command: "npx tsx tools/testing/smtp-capture-cli.ts",
      url: `http://127.0.0.1:${mailboxPort}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { SMTP_CAPTURE_PORT: String(smtpPort), SMTP_CAPTURE_HTTP_PORT: String(mailboxPort) },
    },
    {
      command: `npx tsx tools/launcher/start-cli.ts${process.env.DATABASE_URL ? "" : " --fresh"}`,
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port),
        BACKTRACK_DATA_DIR: ".data/e2e",
        BACKTRACK_PG_PORT: "0",
        // With an external DATABASE_URL the launcher wants a secret of ours rather than inventing one.
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
        // Invitations and reset links go only by email: the tests read them from the capture server.
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // e2e/reminders.spec.ts runs the scheduler's scan at a chosen time (refused in live mode).
        BACKTRACK_TEST_HOOKS: "1",
      },
    },
  ],
});
