/*
 * What a stopping server shares with the app it serves. The production server
 * (tools/server) and Next's bundle load their own copies of this module, so the
 * state lives on globalThis under a registry symbol: both see the same flag and hooks.
 */
type TLifecycleState = { draining: boolean; hooks: Map<string, () => Promise<void>> };

const STATE_KEY = Symbol.for("backtrack.lifecycle");
const globalWithState = globalThis as typeof globalThis & { [STATE_KEY]?: TLifecycleState };

function state(): TLifecycleState {
  globalWithState[STATE_KEY] ??= { draining: false, hooks: new Map() };
  return globalWithState[STATE_KEY];
}

/** From now on the readiness check answers 503: the server is going away. */
export function markDraining(): void {
  state().draining = true;
}

export function isDraining(): boolean {
  return state().draining;
}

/**
 * Something to close once the last request has finished (the database pool, a
 * mail transport, a job queue). Registering the same name again replaces it.
 */
export function onShutdown(name: string, close: () => Promise<void>): void {
  state().hooks.set(name, close);
}

/** Runs every hook, all at once; a failing one is reported, never stops the others. */
export async function runShutdownHooks(): Promise<{ name: string; error?: unknown }[]> {
  const hooks = [...state().hooks];
  state().hooks.clear();
  return Promise.all(
    hooks.map(async ([name, close]) => {
      try {
        await close();
        return { name };
      } catch (error) {
        return { name, error };
      }
    }),
  );
}

/** Back to a fresh process's state (tests). */
export function resetLifecycleForTests(): void {
  globalWithState[STATE_KEY] = { draining: false, hooks: new Map() };
}
