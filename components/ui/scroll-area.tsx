import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroller on a narrow screen. It can take focus,
 * so keyboard users can scroll it too (WCAG 2.1.1), and is named for screen readers.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
