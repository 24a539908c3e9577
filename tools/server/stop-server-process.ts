import type { ChildProcess } from "node:child_process";

/**
 * SIGTERM, then wait for the server's graceful shutdown (it finishes requests in
 * flight, within 10 s); SIGKILL only if it overruns. Resolves once it has exited,
 * so the database it talks to is stopped after its last request, not during it.
 */
export async function stopServerProcess(child: ChildProcess, deadlineMs = 11_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), deadlineMs);
  await exited;
  clearTimeout(timer);
}
