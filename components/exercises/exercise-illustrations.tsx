/**
 * An exercise's drawing, or its start and end positions side by side with
 * "Start" and "End" under them. The words live here, not in the SVGs, so they
 * are real text (translatable, zoomable, read out); each SVG's <title> says
 * what the position is. The SVGs are our own, checked when the library loads
 * (no scripts, links or event handlers).
 */
export function ExerciseIllustrations({ startSvg, endSvg, className = "" }: { startSvg: string | null; endSvg: string | null; className?: string }) {
  if (!startSvg) return null;
  if (!endSvg) return <figure className={`text-brand-900 ${className}`} dangerouslySetInnerHTML={{ __html: startSvg }} />;
  return (
    <div className={`grid grid-cols-2 gap-3 text-brand-900 ${className}`}>
      {[
        { label: "Start", svg: startSvg },
        { label: "End", svg: endSvg },
      ].map(({ label, svg }) => (
        <figure key={label} className="space-y-1">
          <div dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption className="text-center font-semibold text-gray-900">{label}</figcaption>
        </figure>
      ))}
    </div>
  );
}
