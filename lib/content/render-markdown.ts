import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

export interface TRenderedMarkdown {
  html: string;
  /** The `##` headings, for a table of contents. */
  outline: { id: string; text: string }[];
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { id?: unknown };
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

/**
 * Markdown to HTML with an id on every heading. Raw HTML in the source is
 * dropped (remark-rehype's default), so a content file cannot inject markup.
 */
export async function renderMarkdown(markdown: string): Promise<TRenderedMarkdown> {
  const outline: TRenderedMarkdown["outline"] = [];
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(() => (tree: HastNode) => {
      for (const node of tree.children ?? []) {
        if (node.type === "element" && node.tagName === "h2") outline.push({ id: String(node.properties?.id ?? ""), text: textOf(node) });
      }
    })
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), outline };
}

/** The Markdown under one `##` heading, up to the next one. */
export function sectionOf(markdown: string, heading: string): string | null {
  const match = markdown.match(new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, "m"));
  return match ? match[1]!.trim() : null;
}
