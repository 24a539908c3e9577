import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { readability } from "../../lib/content/readability";

// `npx tsx tools/content/check-content-cli.ts content/guides/*.md`: the Flesch-Kincaid grade of each file's body.
for (const file of process.argv.slice(2)) {
  const { content } = matter(readFileSync(file, "utf8"));
  const score = readability(content);
  console.log(`${score.grade <= 8 ? "ok  " : "HIGH"} grade ${score.grade.toFixed(1)}  ${score.words} words  ${file}`);
}
