import type { ChildProcess } from "node:child_process";
import { spawnNext } from "../launcher/next-process";

/** One production server (tools/server) of the built app, with everything it writes kept line by line. */
export interface TAppInstance {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** Every line written so far, stdout and stderr, across restarts. */
  readonly lines: string[];
  readonly pid: number | undefined;
  /** SIGTERM, then wait for the exit: its code and how long it took. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Starts a new process on the same port and waits until it is ready. */
  start(): Promise<void>;
  running(): boolean;
}

export function appInstance(options: { name: string; port: number; env: Record<string, string> }): TAppInstance {
  const lines: string[] = [];
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${options.port}`;

  const keep = (stream: NodeJS.ReadableStream | null) => {
    let partial = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts.filter((line) => line !== ""));
    });
    stream?.on("end", () => {
      if (partial) lines.push(partial);
      partial = "";
    });
  };

  return {
    name: options.name,
    port: options.port,
    url,
    lines,
    get pid() {
      return child?.pid;
    },
    running: () => Boolean(child && child.exitCode === null && child.signalCode === null),
    async start() {
      child = spawnNext("start", { port: options.port, host: "127.0.0.1", env: options.env, stderr: "pipe" });
      keep(child.stdout);
      keep(child.stderr);
      await waitUntilReady(child, url, lines);
    },
    async stop() {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return { code: current?.exitCode ?? null, signal: current?.signalCode ?? null, ms: 0 };
      const began = Date.now();
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => current.once("exit", (code, signal) => resolve({ code, signal })));
      current.kill("SIGTERM");
      const timer = setTimeout(() => current.kill("SIGKILL"), 15_000);
      const result = await exited;
      clearTimeout(timer);
      return { ...result, ms: Date.now() - began };
    },
  };
}

async function waitUntilReady(child: ChildProcess, url: string, lines: string[]): Promise<void> {
  // Generous: on a shared CI machine a cold start of the build can take minutes.
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server on ${url} exited (code ${child.exitCode}) before it was ready:\n${lines.slice(-20).join("\n")}`);
    const status = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => (await response.arrayBuffer(), response.status))
      .catch(() => null);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server on ${url} was not ready within 240 s:\n${lines.slice(-20).join("\n")}`);
}
