/**
 * On every page of a demo server, above the header and in the page flow (it
 * never covers content): demo sign-ins are public, so nothing typed here is private.
 * Left off printouts, whose page layout the print tests hold to.
 */
export function DemoBanner({ mode }: { mode: "demo" | "live" }) {
  if (mode !== "demo") return null;
  return (
    <div role="region" aria-label="Demo notice" className="border-b border-amber-300 bg-amber-100 text-amber-950 print:hidden">
      <p className="mx-auto max-w-5xl px-4 py-1 text-sm font-semibold leading-tight">Demo: do not enter real patient information.</p>
    </div>
  );
}
