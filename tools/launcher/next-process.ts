import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { loadLibrary } from "../../lib/content/load-library";
import { loadInstruments } from "../../lib/questionnaires/load-instruments";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { StartupError } from "./startup-error";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Production runs our own server around Next's handler (trusted client address, HSTS, graceful stop).
// From the project root (where every script runs), so the path holds wherever the launcher lives.
const productionServer = path.resolve("tools/server/server-cli.ts");

export function nextEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** Builds the production app unless the build on disk was made from these same sources. */
export async function buildIfStale(options: { force?: boolean } = {}): Promise<"built" | "current"> {
  if (!options.force && isBuildCurrent()) return "current";
  // Pages read content/ at request time: check the whole library now, so a bad file fails the build.
  loadLibrary();
  loadInstruments();
  const fingerprint = sourceFingerprint();
  console.log("Building the app (next build); this takes a minute or two the first time...");
  const code = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: nextEnv({ NODE_ENV: "production" }) }).once("exit", resolve);
  });
  if (code !== 0) throw new StartupError("`next build` failed (its output is above).", "Fix the error it reports, then start again.");
  recordBuild(fingerprint);
  return "built";
}

/**
 * The production server (tools/server) or `next dev` on `port`, with what the launcher prepared (database URL, auth secret).
 * Its stdout is piped; its stderr is this process's unless `stderr: "pipe"` (a script that reads the server's log).
 */
export function spawnNext(mode: "start" | "dev", options: { port: number; host: string; env: Record<string, string>; stderr?: "inherit" | "pipe" }): ChildProcess {
  const args = mode === "start" ? ["--import", "tsx", productionServer] : [nextBin, "dev", "--port", String(options.port), "--hostname", options.host];
  return spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", options.stderr ?? "inherit"],
    env: nextEnv({ ...options.env, PORT: String(options.port), HOST: options.host, ...(mode === "start" ? { NODE_ENV: "production" } : {}) }),
  });
}

/** Resolves once GET /api/health answers at all (200 or 503), or throws when the server exits first. */
export async function waitUntilServing(child: ChildProcess, baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StartupError(`The Next.js server exited (code ${child.exitCode}) before it was ready.`, "Its output is above.");
    try {
      await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new StartupError(`The server did not answer at ${baseUrl} within ${timeoutMs / 1000} s.`, "Look at its output above.");
}
