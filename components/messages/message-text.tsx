import { linkify } from "@/lib/messages/linkify";

/** A message as plain text with web links made clickable; never HTML. */
export function MessageText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {linkify(text).map((piece, index) =>
        piece.kind === "link" ? (
          <a key={index} href={piece.href} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-brand-800 underline">
            {piece.text}
          </a>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
