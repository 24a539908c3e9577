import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/**
 * The running text of Markdown as a reader meets it: no markup, no headings
 * (labels, not sentences: counting them would flatter the score), and each
 * list item its own sentence (read as a unit, even without a full stop).
 */
export function markdownToSentences(markdown: string): string[] {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>|]/g, " ");
  return text
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .map((line) => line.replace(/^\s*([-+]|\d+\.)\s+/, "").trim())
    .filter((line) => /[A-Za-z]/.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => /[A-Za-z]/.test(sentence));
}

export interface TReadability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Flesch-Kincaid grade level (wooorm's flesch-kincaid + syllable packages) of a Markdown text. */
export function readability(markdown: string): TReadability {
  const sentences = markdownToSentences(markdown);
  const words = sentences.flatMap((sentence) => sentence.match(/[A-Za-z][A-Za-z'’-]*|\d+/g) ?? []);
  const syllables = words.reduce((total, word) => total + (/^\d+$/.test(word) ? 1 : syllable(word)), 0);
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences: sentences.length, words: words.length, syllables };
}
