/** What a section shows while its reads stream in: grey bars of its shape, and one line for screen readers. */
export function SectionSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">Loading {label}…</span>
      <div aria-hidden="true" className="h-6 w-48 animate-pulse rounded bg-brand-100" />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden="true" className="h-4 animate-pulse rounded bg-brand-50" style={{ width: `${90 - index * 12}%` }} />
      ))}
    </div>
  );
}

/** The loading.tsx of a section route: the header and tabs are part of the page, so the whole area waits as one. */
export function RecordLoading({ label }: { label: string }) {
  return (
    <div className="space-y-6">
      <div aria-hidden="true" className="h-8 w-64 animate-pulse rounded bg-brand-100" />
      <div aria-hidden="true" className="h-11 w-full animate-pulse rounded bg-brand-50" />
      <SectionSkeleton label={label} rows={6} />
    </div>
  );
}
