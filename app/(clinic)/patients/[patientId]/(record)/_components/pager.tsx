import Link from "next/link";

const LINK = "inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50";

/** Newer/older links under a paged table; `label` names the list for screen readers. */
export function Pager({ label, newer, older, position }: { label: string; newer: string | null; older: string | null; position?: string }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={`Pages of ${label}`} className="flex flex-wrap items-center gap-3">
      {newer ? (
        <Link href={newer} className={LINK}>
          Newer
        </Link>
      ) : null}
      {position ? <span>{position}</span> : null}
      {older ? (
        <Link href={older} className={LINK}>
          Older
        </Link>
      ) : null}
    </nav>
  );
}
