"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Form state that is also kept in this browser (localStorage) until it is
 * sent, so nothing typed is lost to a dropped connection, a reload or a
 * closed tab. `restored` is true when the form came back from a kept draft.
 */
export function useKeptDraft<T>(storageKey: string, initial: T) {
  const [draft, setDraft] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    // Read once after the first render: the server render cannot see localStorage.
    try {
      const kept = window.localStorage.getItem(storageKey);
      if (kept) {
        // Hydration must match the server render, which has no localStorage: the kept draft can only come in after it.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setDraft({ ...initial, ...(JSON.parse(kept) as Partial<T>) });
        setRestored(true);
      }
    } catch {
      // Private mode or a corrupt entry: start from the initial values.
    }
    loaded.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per key
  }, [storageKey]);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the form still works, it just is not kept.
    }
  }, [storageKey, draft]);

  function forget() {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to do.
    }
  }

  return { draft, setDraft, restored, forget };
}
