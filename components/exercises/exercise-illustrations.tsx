/**
 * An exercise's drawing, or its start and end positions side by side with
 * "Start" and "End" under them. The words live here, not in the SVGs, so they
 * are real text (translatable, zoomable, read out); each SVG's <title> says
 * what the position is. The SVGs are our own, checked when the library loads
 * (no scripts, links or event handlers).
 */
export function ExerciseIllustrations({ startSvg, endSvg, className = "" }: { startSvg: string | null; endSvg: string | null; className?: string }) {
  if (!startSvg) return null;
  // The SVGs carry width="240": scaled to their box here, so they never spill over the text beside them.
  const fit = "text-brand-900 [&_svg]:h-auto [&_svg]:w-full";
  if (!endSvg) return <figure className={`${fit} ${className}`} dangerouslySetInnerHTML={{ __html: startSvg }} />;
  return (
    <div className={`grid grid-cols-2 gap-3 ${fit} ${className}`}>
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
