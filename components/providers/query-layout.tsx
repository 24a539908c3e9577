import type { ReactNode } from "react";
import { QueryProvider } from "./query-provider";

/**
 * The layout of the route segments whose pages save through react-query. It
 * lives there, not in the root layout, so the pages that do not need it (the
 * patient's dashboard above all) do not load its JavaScript.
 */
export default function QueryLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
