import { useEffect, useState, type KeyboardEvent } from "react";

/**
 * WCAG 1.4.13: details shown on hover or focus can be put away without moving
 * the pointer or the focus. Escape (pressed anywhere: a hovering mouse user's
 * focus is usually elsewhere) hides the chart's tooltip until the pointer moves
 * or an arrow key steps to another point. Spread `handlers` on an element around
 * the chart and pass `active` to its <Tooltip>.
 */
export function useTooltipDismissal() {
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onEscape);
    return () => document.removeEventListener("keydown", onEscape);
  }, []);
  return {
    active: dismissed ? false : undefined,
    handlers: {
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === "ArrowLeft" || event.key === "ArrowRight") setDismissed(false);
      },
      onPointerMove: () => setDismissed(false),
    },
  };
}
