"use client";

import { useEffect, useState } from "react";

/**
 * Whether GET /api/health says the database cannot be reached. Error pages
 * cannot learn why a server page failed (production sends only a digest), so
 * they ask, and then say plainly that it is a passing outage.
 */
export function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then((response) => response.json())
      .then((health: { database?: string }) => setDown(health.database === "unreachable"))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return down;
}
