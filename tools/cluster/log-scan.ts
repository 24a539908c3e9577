export interface TLogFindings {
  /** Lines that are not one JSON object. */
  unparsable: string[];
  /** Request lines missing one of requestId, method, path, status, durationMs. */
  incompleteRequestLines: string[];
  /** Request lines whose path kept a query string. */
  pathsWithQuery: string[];
  /** "<what was found>: <line>" for every forbidden text found (compared case-insensitively). */
  leaks: string[];
  requestLines: number;
}

const REQUEST_FIELDS = ["requestId", "method", "path", "status", "durationMs"] as const;

/** Checks a server's output: JSON lines only, complete request lines, and none of `forbidden` anywhere. */
export function scanLogs(lines: readonly string[], forbidden: readonly string[]): TLogFindings {
  const findings: TLogFindings = { unparsable: [], incompleteRequestLines: [], pathsWithQuery: [], leaks: [], requestLines: 0 };
  const needles = [...new Set(forbidden.filter((text) => text.trim().length >= 3))].map((text) => [text, text.toLowerCase()] as const);
  for (const line of lines) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) findings.unparsable.push(line);
    else if ((parsed as { msg?: unknown }).msg === "request") {
      findings.requestLines++;
      const entry = parsed as Record<string, unknown>;
      if (REQUEST_FIELDS.some((field) => entry[field] === undefined)) findings.incompleteRequestLines.push(line);
      if (typeof entry.path === "string" && entry.path.includes("?")) findings.pathsWithQuery.push(line);
    }
    const lower = line.toLowerCase();
    for (const [text, needle] of needles) if (lower.includes(needle)) findings.leaks.push(`${text}: ${line}`);
  }
  return findings;
}
