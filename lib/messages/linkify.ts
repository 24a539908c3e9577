/** A message's text as plain-text pieces and web links: nothing in a message is ever HTML. */
export type TTextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// http(s) only: javascript:, data: and the like stay text.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that usually ends the sentence rather than the address.
const TRAILING = /[.,;:!?)\]}]+$/;

export function linkify(text: string): TTextPiece[] {
  const pieces: TTextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const trailing = raw.match(TRAILING)?.[0] ?? "";
    const address = raw.slice(0, raw.length - trailing.length);
    let href: string;
    try {
      href = new URL(address).href;
    } catch {
      continue;
    }
    if (start > last) pieces.push({ kind: "text", text: text.slice(last, start) });
    pieces.push({ kind: "link", text: address, href });
    last = start + address.length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}
