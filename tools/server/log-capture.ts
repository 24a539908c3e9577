import { createLogger, type TLogger } from "../../lib/logging/logger";

/** A logger writing into memory, and its lines parsed (tests of what gets logged). */
export function captureLog(): { logger: TLogger; raw: string[]; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const logger = createLogger({ write: (chunk: string) => void raw.push(...chunk.split("\n").filter(Boolean)) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
