import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { MAX_GUIDE_GRADE, ZGuideFrontmatter } from "../../lib/content/content-schemas";
import { readability } from "../../lib/content/readability";

// `npx tsx tools/content/check-content-cli.ts content/guides/*.md`: each file's Flesch-Kincaid grade and, for guides,
// its frontmatter problems (cross-links are checked by the whole-library check, `npx vitest run lib/content`).
let failed = false;
for (const file of process.argv.slice(2)) {
  const { data, content } = matter(readFileSync(file, "utf8"));
  const score = readability(content);
  const isGuide = path.basename(path.dirname(path.resolve(file))) === "guides";
  const high = isGuide && score.grade > MAX_GUIDE_GRADE;
  console.log(`${high ? "HIGH" : "ok  "} grade ${score.grade.toFixed(1)}  ${score.words} words  ${file}`);
  const parsed = isGuide ? ZGuideFrontmatter.safeParse(data) : null;
  for (const issue of parsed?.error?.issues ?? []) console.log(`      ${issue.path.join(".") || "frontmatter"} ${issue.message}`);
  failed ||= high || parsed?.success === false;
}
process.exitCode = failed ? 1 : 0;
