import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroller on a narrow screen. It can take focus,
 * so keyboard users can scroll it too (WCAG 2.1.1), and is named for screen readers.
 * `relative` keeps absolutely placed descendants (screen-reader-only text in
 * the cells) inside it: otherwise they widen the page on a phone.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
