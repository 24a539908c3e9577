/** A clinic document's plain text as paragraphs: rendered as text (never HTML), so an admin's `<script>` stays words on the page. */
export function DocumentText({ body }: { body: string }) {
  return (
    <div className="space-y-3">
      {body
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
    </div>
  );
}
