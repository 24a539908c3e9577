import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { findFreePort } from "../tools/launcher/ports";
import { nextEnv, waitUntilServing } from "../tools/launcher/next-process";

/*
 * The production build served by `next start` on a port of its own, with the
 * environment the launcher gives it (tools/launcher/start-cli.ts): the bench
 * database, a throwaway auth secret, the public URL. Its output goes to a log
 * file (a 500 prints its error there), not into the bench's figures.
 */

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export interface TAppServer {
  /** e.g. http://127.0.0.1:41234 (also the Origin writes must carry). */
  baseUrl: string;
  pid: number | undefined;
  /** CPU seconds the server process has used so far (Linux /proc), or null where that cannot be read. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** User + system CPU time of a process from /proc/<pid>/stat (in clock ticks of 1/100 s, Linux's USER_HZ). */
function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export async function startAppServer(options: { databaseUrl: string; port: number; logFile: string }): Promise<TAppServer> {
  const port = options.port || (await findFreePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", log, log],
    env: nextEnv({
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
      // The sessions signed in at the start must outlast the whole run.
      SESSION_IDLE_MINUTES: "720",
    }),
  });
  closeSync(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilServing(child, baseUrl);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)} (server log: ${options.logFile})`);
  }
  return { baseUrl, pid: child.pid, cpuSeconds: () => processCpuSeconds(child.pid), stop };
}
