import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Client components import endpoint contracts to call the API with typed
 * answers (lib/api/api-client.ts). A contract file that reached the database,
 * next-auth or a Node built-in would drag server code into the browser bundle,
 * so the contracts' value imports are walked here.
 */

const SERVER_ONLY = [/^server-only$/, /^node:/, /\/db\/client$/, /generated\/client$/, /^next-auth/, /^pg$/, /^nodemailer$/];
/** Contracts only route handlers use: their schemas describe server-side checks. */
const SERVER_CONTRACTS = new Set(["lib/fhir/fhir-endpoints.ts"]);

function contractFiles(): string[] {
  return readdirSync("lib", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(path.join("lib", dir.name)).map((name) => path.join("lib", dir.name, name)))
    .filter((file) => /-endpoints?\.ts$/.test(file) && !SERVER_CONTRACTS.has(file));
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate)) ?? null;
}

/** Server-only imports reachable from `file` through value (not `import type`) imports, as "chain -> specifier". */
function serverImports(file: string, seen = new Set<string>(), chain: string[] = []): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/gm)].map((match) => match[1] ?? match[2] ?? "");
  return specifiers.flatMap((specifier) => {
    const here = [...chain, file];
    if (SERVER_ONLY.some((pattern) => pattern.test(specifier))) return [`${here.join(" -> ")} -> ${specifier}`];
    const next = resolveLocal(file, specifier);
    return next ? serverImports(next, seen, here) : [];
  });
}

describe("endpoint contracts", () => {
  it("are found", () => {
    expect(contractFiles()).toContain("lib/checkins/check-in-endpoints.ts");
  });

  it.each(contractFiles())("%s imports nothing server-only", (file) => {
    expect(serverImports(file)).toEqual([]);
  });
});
