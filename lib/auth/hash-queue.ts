import { TryLaterError } from "../errors/domain-errors";

/*
 * Each password hash is a 32 MiB scrypt on one of libuv's 4 threads. Left
 * unbounded, a burst of sign-ins or password changes queues work without
 * limit inside one process (memory and latency for everyone). A few hashes
 * run at once, a short queue waits, and past it the caller is told to retry.
 * Per process on purpose: it guards this process's threads and memory.
 */
export interface THashQueueLimits {
  running: number;
  waiting: number;
}

export const HASH_QUEUE_LIMITS: THashQueueLimits = { running: 4, waiting: 16 };
export const HASH_QUEUE_RETRY_AFTER_SECONDS = 2;

export function createHashQueue(limits: THashQueueLimits) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    isFull(): boolean {
      return running >= limits.running && waiting.length >= limits.waiting;
    },
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running < limits.running) running++;
      else if (waiting.length < limits.waiting) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new TryLaterError("BackTrack is busy checking passwords. Try again in a few seconds.", HASH_QUEUE_RETRY_AFTER_SECONDS);
      try {
        return await work();
      } finally {
        // Hand the slot straight to the next in line, or give it back.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}

/** The process's one queue, used by every password hash and check. */
export const hashQueue = createHashQueue(HASH_QUEUE_LIMITS);
