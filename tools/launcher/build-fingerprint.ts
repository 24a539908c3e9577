import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * "Is the production build current?" Git clones reset file times, so compare
 * content: a hash of everything the build reads, stored beside the build.
 */
const BUILD_INPUTS = ["app", "components", "lib", "content", "public", "prisma/schema.prisma", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIPPED = new Set(["node_modules", ".next", ".data"]);
const STAMP = path.join(".next", "backtrack-build-fingerprint");

export function sourceFingerprint(root: string = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) addPath(hash, root, input);
  return hash.digest("hex");
}

function addPath(hash: ReturnType<typeof createHash>, root: string, relative: string): void {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isDirectory()) {
    for (const entry of readdirSync(absolute).sort()) {
      if (!SKIPPED.has(entry) && !entry.endsWith(".test.ts") && !entry.endsWith(".test.tsx")) addPath(hash, root, path.join(relative, entry));
    }
    return;
  }
  hash.update(relative).update("\0").update(readFileSync(absolute)).update("\0");
}

export function isBuildCurrent(root: string = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceFingerprint(root);
}

export function recordBuild(fingerprint: string, root: string = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), fingerprint);
}
