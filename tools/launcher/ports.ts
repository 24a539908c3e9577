import { createServer } from "node:net";
import { StartupError } from "./startup-error";

/** Throws a StartupError naming `what` and the variable to change when `port` is taken. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
  if (!free) {
    throw new StartupError(
      `Port ${port}, wanted for ${what}, is already in use.`,
      `Stop whatever is using it, or set ${variable} to another port.`,
    );
  }
}

/** A port the operating system says is free right now (for throwaway test servers). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
      });
  });
}
